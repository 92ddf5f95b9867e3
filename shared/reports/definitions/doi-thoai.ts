import type { ReportDefinition } from '../definition-types';
import { cell } from './header-cell';

/** Dialogue conferences with citizens (đối thoại): cuộc, ý kiến, đại biểu. */
export const doiThoai: ReportDefinition = {
  id: 'doi-thoai',
  version: '2021',
  regimes: ['tt02-2021', 'tt01-2024', 'tt06-2025'],
  effectiveFrom: '2021-07-01',
  effectiveTo: null,
  formCode: 'Phụ lục: đối thoại',
  title: 'KẾT QUẢ TỔ CHỨC ĐỐI THOẠI VỚI CÔNG DÂN',
  header: [
    [
      cell('Nội dung'),
      cell('Số cuộc đối thoại'),
      cell('Số ý kiến'),
      cell('Số đại biểu tham dự'),
      cell('Số ý kiến đã trả lời'),
      cell('Số ý kiến tiếp nhận xử lý'),
    ],
  ],
  columns: [
    { key: '1', measure: 'dialogues.count' },
    { key: '2', measure: 'dialogues.opinions' },
    { key: '3', measure: 'dialogues.attendees' },
    { key: '4', measure: 'dialogues.answered' },
    { key: '5', measure: 'dialogues.follow-up' },
  ],
  rows: [{ key: 'tong', label: 'Đối thoại trực tiếp với công dân', isTotal: true }],
  identities: [],
  notes: [],
};
