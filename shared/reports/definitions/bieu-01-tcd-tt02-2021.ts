import type { ColumnDefinition, MeasureFilter, ReportDefinition } from '../definition-types';
import type { ReceptionKind } from '../../domain/classification';
import { cell } from './header-cell';
import { DELEGATED, DESK, HEAD } from './kinds';

type Kinds = readonly ReceptionKind[];

function visits(key: string, kinds: Kinds, filter: MeasureFilter = {}): ColumnDefinition[] {
  return [
    { key, measure: 'visits.count', filter: { receptionKinds: kinds, ...filter } },
    {
      key: String(Number(key) + 1),
      measure: 'visits.headcount',
      filter: { receptionKinds: kinds, ...filter },
    },
  ];
}

function cases(key: string, kinds: Kinds, filter: MeasureFilter = {}): ColumnDefinition[] {
  return [
    { key, measure: 'cases.distinct', filter: { receptionKinds: kinds, order: 'first', ...filter } },
    {
      key: String(Number(key) + 1),
      measure: 'cases.distinct',
      filter: { receptionKinds: kinds, order: 'repeat', ...filter },
    },
  ];
}

const GROUP: MeasureFilter = { group: true };

/** The header of one place of reception (Thủ trưởng tiếp / Ủy quyền tiếp), lower rows. */
const PLACE_SUBHEADER = [
  cell('Số kỳ tiếp', 1, 2),
  cell('Lượt', 1, 2),
  cell('Người', 1, 2),
  cell('Vụ việc', 2),
  cell('Đoàn đông người', 4),
];
const PLACE_LEAVES = [
  cell('Tiếp lần đầu'),
  cell('Tiếp nhiều lần'),
  cell('Số đoàn'),
  cell('Số người'),
  cell('Vụ việc tiếp lần đầu'),
  cell('Vụ việc tiếp nhiều lần'),
];

/**
 * Biểu số 01/TCD of TT 02/2021/TT-TTCP, kept by TT 01/2024/TT-TTCP: 29 columns with "số kỳ tiếp" and the
 * lần đầu / nhiều lần split (a case is "lần đầu" when its first reception ever falls inside the period).
 */
export const bieu01TcdTt02: ReportDefinition = {
  id: 'bieu-01-tcd',
  version: 'tt02-2021',
  regimes: ['tt02-2021', 'tt01-2024'],
  effectiveFrom: '2021-07-01',
  effectiveTo: '2025-09-29',
  formCode: 'Biểu số 01/TCD',
  title: 'TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT',
  header: [
    [
      cell('Đơn vị', 1, 4),
      cell('Tổng số lượt tiếp', 1, 4),
      cell('Tổng số người được tiếp', 1, 4),
      cell('Tổng số vụ việc', 1, 4),
      cell('Tiếp thường xuyên', 8, 2),
      cell('Tiếp định kỳ và đột xuất của Thủ trưởng', 18),
    ],
    [cell('Thủ trưởng tiếp', 9), cell('Ủy quyền tiếp', 9)],
    [
      cell('Lượt', 1, 2),
      cell('Người', 1, 2),
      cell('Vụ việc', 2),
      cell('Đoàn đông người', 4),
      ...PLACE_SUBHEADER,
      ...PLACE_SUBHEADER,
    ],
    [...PLACE_LEAVES, ...PLACE_LEAVES, ...PLACE_LEAVES],
  ],
  columns: [
    { key: '1', measure: 'visits.count' },
    { key: '2', measure: 'visits.headcount' },
    { key: '3', measure: 'cases.distinct' },
    ...visits('4', DESK),
    ...cases('6', DESK),
    ...visits('8', DESK, GROUP),
    ...cases('10', DESK, GROUP),
    { key: '12', measure: 'sessions.count', filter: { receptionKinds: HEAD } },
    ...visits('13', HEAD),
    ...cases('15', HEAD),
    ...visits('17', HEAD, GROUP),
    ...cases('19', HEAD, GROUP),
    { key: '21', measure: 'sessions.count', filter: { receptionKinds: DELEGATED } },
    ...visits('22', DELEGATED),
    ...cases('24', DELEGATED),
    ...visits('26', DELEGATED, GROUP),
    ...cases('28', DELEGATED, GROUP),
  ],
  rows: [{ key: 'don-vi', label: 'Đơn vị', isOfficeRow: true }],
  identities: ['1 = 4+13+22', '2 = 5+14+23', '3 = 6+7+15+16+24+25'],
  notes: [
    'Đoàn đông người là đoàn có từ 05 người trở lên.',
    'Vụ việc tiếp thường xuyên có Thủ trưởng tiếp chỉ tính 1 lần vào mục Thủ trưởng tiếp (trực tiếp trước, ủy quyền sau).',
    'Tiếp lần đầu: vụ việc được tiếp lần đầu trong kỳ; tiếp nhiều lần: vụ việc đã được tiếp trước kỳ báo cáo.',
  ],
};
