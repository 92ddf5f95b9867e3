import type { ReportDefinition } from '../definition-types';
import { cell } from './header-cell';

/** Queue figures over the period (from the tickets): issued, served, no-shows, waiting minutes. */
export const hangCho: ReportDefinition = {
  id: 'hang-cho',
  version: '2025',
  regimes: ['tt02-2021', 'tt01-2024', 'tt06-2025'],
  effectiveFrom: '2021-07-01',
  effectiveTo: null,
  formCode: 'Phụ lục: hàng chờ',
  title: 'SỐ LIỆU HÀNG CHỜ',
  header: [
    [
      cell('Hàng chờ'),
      cell('Số phiếu đã phát'),
      cell('Đã tiếp'),
      cell('Vắng mặt'),
      cell('Ưu tiên'),
      cell('Thời gian chờ trung vị (phút)'),
      cell('Thời gian chờ p90 (phút)'),
    ],
  ],
  columns: [
    { key: '1', measure: 'tickets.issued' },
    { key: '2', measure: 'tickets.served' },
    { key: '3', measure: 'tickets.no-show' },
    { key: '4', measure: 'tickets.priority' },
    { key: '5', measure: 'tickets.wait-median' },
    { key: '6', measure: 'tickets.wait-p90' },
  ],
  rows: [
    { key: 'thuong_xuyen', label: 'Tiếp thường xuyên', filter: { queueLines: ['thuong_xuyen'] } },
    { key: 'thu_truong', label: 'Thủ trưởng tiếp', filter: { queueLines: ['thu_truong'] } },
    { key: 'tong', label: 'Tổng cộng', isTotal: true },
  ],
  identities: [],
  rowIdentities: [{ rowKey: 'tong', rows: ['thuong_xuyen', 'thu_truong'], columns: ['1', '2', '3', '4'] }],
  notes: ['Thời gian chờ: từ khi phát phiếu đến lần gọi đầu tiên.'],
};
