import type { ReportDefinition } from '../definition-types';
import { cell } from './header-cell';

/** The 25 statutory column numbers of Biểu 02/XLD, in order. */
export const BIEU_02_XLD_COLUMNS: readonly string[] = Array.from({ length: 25 }, (_, index) =>
  String(index + 1),
);

/**
 * Biểu số 02/XLD of TT 06/2025/TT-TTCP, "Tổng hợp kết quả xử lý đơn" (25 columns, DOMAIN §4). Every column,
 * sums included, is counted from the petitions' stored facts by the measure `petitions.xld-<column>`, so the
 * form's identities are real checks of the counting, not formulas that hold by construction.
 */
export const bieu02Xld = {
  id: 'bieu-02-xld',
  version: 'tt06-2025',
  regimes: ['tt06-2025'],
  effectiveFrom: '2025-09-30',
  effectiveTo: null,
  formCode: 'Biểu số 02/XLD',
  title: 'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN',
  header: [
    [
      cell('Đơn vị', 1, 4),
      cell('Tổng số đơn', 1, 4),
      cell('Số đơn đã xử lý', 1, 4),
      cell('Số đơn đủ điều kiện xử lý', 23),
    ],
    [cell('Tổng', 1, 3), cell('Đơn thuộc thẩm quyền', 19), cell('Đơn không thuộc thẩm quyền', 3)],
    [
      cell('Tổng số đơn', 1, 2),
      cell('Số vụ việc', 1, 2),
      cell('Khiếu nại', 6),
      cell('Tố cáo', 7),
      cell('Kiến nghị, phản ánh', 4),
      cell('Tổng', 1, 2),
      cell('Hướng dẫn', 1, 2),
      cell('Chuyển đơn', 1, 2),
    ],
    [
      cell('Tổng'),
      cell('Lần đầu'),
      cell('Lần 2'),
      cell('Đất đai'),
      cell('Chế độ chính sách'),
      cell('Khác'),
      cell('Tổng'),
      cell('Lần đầu'),
      cell('Tố cáo tiếp'),
      cell('Hành chính'),
      cell('Tham nhũng'),
      cell('Tư pháp'),
      cell('Khác'),
      cell('Tổng'),
      cell('Chế độ chính sách'),
      cell('Đất đai'),
      cell('Khác'),
    ],
  ],
  columns: BIEU_02_XLD_COLUMNS.map((key) => ({ key, measure: `petitions.xld-${key}` })),
  rows: [{ key: 'don-vi', label: 'Đơn vị', isOfficeRow: true }],
  identities: [
    '3 = 4+23',
    '4 = 6+12+19',
    '6 = 7+8',
    '6 = 9+10+11',
    '12 = 13+14',
    '12 = 15+16+17+18',
    '19 = 20+21+22',
    '23 = 24+25',
  ],
  notes: [
    'Cột 1 gồm đơn tiếp nhận trong kỳ và đơn kỳ trước chuyển sang (nhận trước kỳ, chưa xử lý khi bắt đầu kỳ).',
    'Cột 2 đến cột 25 tính theo kết quả xử lý có ngày xử lý trong kỳ; cột 5 đếm vụ việc, mỗi vụ việc một lần.',
  ],
} satisfies ReportDefinition;
