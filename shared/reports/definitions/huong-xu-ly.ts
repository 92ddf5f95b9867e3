import type { ReportDefinition } from '../definition-types';
import { HANDLING_LABELS } from '../../domain/classification';
import { cell } from './header-cell';

const HANDLED = ['thu_ly', 'tra_lai_huong_dan', 'chuyen_don', 'tra_loi_truc_tiep'] as const;

/** Receptions by result (hướng xử lý, Sổ tiếp công dân columns 8–10), with the refused ones listed apart. */
export const huongXuLy: ReportDefinition = {
  id: 'huong-xu-ly',
  version: 'so-03-2021',
  regimes: ['tt02-2021', 'tt01-2024', 'tt06-2025'],
  effectiveFrom: '2021-07-01',
  effectiveTo: null,
  formCode: 'Phụ lục: kết quả xử lý',
  title: 'KẾT QUẢ XỬ LÝ QUA TIẾP CÔNG DÂN',
  header: [[cell('Hướng xử lý'), cell('Số lượt tiếp'), cell('Số người được tiếp')]],
  columns: [
    { key: '1', measure: 'visits.count' },
    { key: '2', measure: 'visits.headcount' },
  ],
  rows: [
    ...HANDLED.map((code) => ({ key: code, label: HANDLING_LABELS[code], filter: { handlings: [code] } })),
    { key: 'chua-xu-ly', label: 'Chưa ghi hướng xử lý', filter: { handlings: [''] } },
    { key: 'tong', label: 'Tổng cộng', isTotal: true },
    { key: 'tu-choi', label: 'Từ chối tiếp (không tính vào tổng)', isApart: true, filter: { refused: true } },
  ],
  identities: [],
  rowIdentities: [{ rowKey: 'tong', rows: [...HANDLED, 'chua-xu-ly'] }],
  notes: ['Các lượt từ chối tiếp (Điều 9 Luật Tiếp công dân) được liệt kê riêng, không tính vào tổng.'],
};
