import type { RegimeId } from '../../domain/periods';
import type { HeaderCell } from '../report-types';

/** A column identity as data: the left column equals the sum of the right ones. */
export interface IdentityDefinition {
  expression: string;
  left: string;
  right: string[];
}

/** The layout of one statutory form, as data: a revised form is a new version, not an edit. */
export interface PlainReportDefinition {
  reportId: string;
  definitionVersion: string;
  regime: RegimeId;
  formCode: string;
  title: string;
  /** The statutory column numbers, in order. */
  columns: string[];
  /** What each column counts (drill-down titles, CSV captions). */
  columnLabels: Record<string, string>;
  header: HeaderCell[][];
  identities: IdentityDefinition[];
}

const cell = (text: string, colSpan = 1, rowSpan = 1): HeaderCell => ({ text, colSpan, rowSpan });

/**
 * Biểu số 02/XLD of TT 06/2025/TT-TTCP, "Tổng hợp kết quả xử lý đơn" (25 columns, DOMAIN §4): the header
 * as merged cells of four rows, what each column counts, and the identities of the form.
 */
export const BIEU_02_XLD_TT06_2025: PlainReportDefinition = {
  reportId: 'bieu-02-xld',
  definitionVersion: 'tt06-2025',
  regime: 'tt06-2025',
  formCode: 'Biểu số 02/XLD',
  title: 'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN',
  columns: Array.from({ length: 25 }, (_, index) => String(index + 1)),
  columnLabels: {
    '1': 'Tổng số đơn',
    '2': 'Số đơn đã xử lý',
    '3': 'Số đơn đủ điều kiện xử lý',
    '4': 'Số đơn thuộc thẩm quyền',
    '5': 'Số vụ việc thuộc thẩm quyền',
    '6': 'Khiếu nại: tổng',
    '7': 'Khiếu nại lần đầu',
    '8': 'Khiếu nại lần 2',
    '9': 'Khiếu nại: đất đai',
    '10': 'Khiếu nại: chế độ chính sách',
    '11': 'Khiếu nại: khác',
    '12': 'Tố cáo: tổng',
    '13': 'Tố cáo lần đầu',
    '14': 'Tố cáo tiếp',
    '15': 'Tố cáo: hành chính',
    '16': 'Tố cáo: tham nhũng',
    '17': 'Tố cáo: tư pháp',
    '18': 'Tố cáo: khác',
    '19': 'Kiến nghị, phản ánh: tổng',
    '20': 'Kiến nghị, phản ánh: chế độ chính sách',
    '21': 'Kiến nghị, phản ánh: đất đai',
    '22': 'Kiến nghị, phản ánh: khác',
    '23': 'Không thuộc thẩm quyền: tổng',
    '24': 'Không thuộc thẩm quyền: hướng dẫn',
    '25': 'Không thuộc thẩm quyền: chuyển đơn',
  },
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
  identities: [
    { expression: '3 = 4+23', left: '3', right: ['4', '23'] },
    { expression: '4 = 6+12+19', left: '4', right: ['6', '12', '19'] },
    { expression: '6 = 7+8', left: '6', right: ['7', '8'] },
    { expression: '6 = 9+10+11', left: '6', right: ['9', '10', '11'] },
    { expression: '12 = 13+14', left: '12', right: ['13', '14'] },
    { expression: '12 = 15+16+17+18', left: '12', right: ['15', '16', '17', '18'] },
    { expression: '19 = 20+21+22', left: '19', right: ['20', '21', '22'] },
    { expression: '23 = 24+25', left: '23', right: ['24', '25'] },
  ],
};

/** Columns the form defines as sums of others; the rest are counted from the petitions' stored facts. */
const FORMULAS: Record<string, string> = {
  '3': '4+23',
  '4': '6+12+19',
  '6': '7+8',
  '12': '13+14',
  '19': '20+21+22',
  '23': '24+25',
};

/**
 * The same form in the tally engine's definition format (shared/reports/definition-types.ts on branch
 * issue-8a, not yet merged here): counted columns use the measure `petitions.xld-<column>`, whose counting
 * is `columnsOf` in electron/main/services/petitions/bieu-02-xld.ts; sums are formulas. Add
 * `satisfies ReportDefinition` when the two meet.
 */
export const BIEU_02_XLD_ENGINE_DEFINITION = {
  id: BIEU_02_XLD_TT06_2025.reportId,
  version: BIEU_02_XLD_TT06_2025.definitionVersion,
  regimes: ['tt06-2025'] as const,
  effectiveFrom: '2025-09-30',
  effectiveTo: null,
  formCode: BIEU_02_XLD_TT06_2025.formCode,
  title: BIEU_02_XLD_TT06_2025.title,
  header: BIEU_02_XLD_TT06_2025.header,
  columns: BIEU_02_XLD_TT06_2025.columns.map((key) =>
    FORMULAS[key] === undefined ? { key, measure: `petitions.xld-${key}` } : { key, formula: FORMULAS[key] },
  ),
  rows: [{ key: 'office', label: 'Đơn vị', isOfficeRow: true }],
  identities: BIEU_02_XLD_TT06_2025.identities.map((identity) => identity.expression),
  notes: [
    'Cột 1 gồm đơn nhận trong kỳ và đơn kỳ trước chuyển sang (nhận trước kỳ, chưa xử lý khi bắt đầu kỳ).',
  ],
};
