import type { ReportDefinition } from '../definition-types';
import { cell } from './header-cell';
import { DELEGATED, HEAD } from './kinds';

/** The heads' reception: sessions (kỳ tiếp), announced and held days, visits, persons and cases. */
export const kyTiep: ReportDefinition = {
  id: 'ky-tiep',
  version: '2021',
  regimes: ['tt02-2021', 'tt01-2024', 'tt06-2025'],
  effectiveFrom: '2021-07-01',
  effectiveTo: null,
  formCode: 'Phụ lục: tiếp định kỳ, đột xuất',
  title: 'TIẾP CÔNG DÂN ĐỊNH KỲ, ĐỘT XUẤT CỦA THỦ TRƯỞNG',
  header: [
    [
      cell('Hình thức'),
      cell('Số kỳ tiếp'),
      cell('Số ngày tiếp đã thông báo'),
      cell('Số ngày đã tiếp'),
      cell('Số lượt tiếp'),
      cell('Số người được tiếp'),
      cell('Số vụ việc'),
    ],
  ],
  columns: [
    { key: '1', measure: 'sessions.count' },
    { key: '2', measure: 'days.announced' },
    { key: '3', measure: 'days.held' },
    { key: '4', measure: 'visits.count' },
    { key: '5', measure: 'visits.headcount' },
    { key: '6', measure: 'cases.distinct' },
  ],
  rows: [
    { key: 'thu-truong', label: 'Thủ trưởng tiếp (định kỳ và đột xuất)', filter: { receptionKinds: HEAD } },
    { key: 'uy-quyen', label: 'Ủy quyền tiếp', filter: { receptionKinds: DELEGATED } },
    { key: 'tong', label: 'Tổng cộng', isTotal: true, filter: { receptionKinds: [...HEAD, ...DELEGATED] } },
  ],
  identities: [],
  rowIdentities: [{ rowKey: 'tong', rows: ['thu-truong', 'uy-quyen'] }],
  notes: ['Vụ việc có Thủ trưởng trực tiếp tiếp chỉ tính 1 lần, ở dòng Thủ trưởng tiếp.'],
};
