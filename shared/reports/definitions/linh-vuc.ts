import type { ColumnDefinition, ReportDefinition, RowDefinition } from '../definition-types';
import { SUBJECT_LABELS } from '../../domain/subjects';
import { cell } from './header-cell';

/** Khiếu nại / tố cáo "lĩnh vực hành chính" of the old Biểu 2a (DOMAIN §4). */
const ADMINISTRATIVE = ['dat_dai', 'chinh_sach', 'nha_tai_san', 'che_do_cbccvc', 'hanh_chinh_khac'] as const;
/** Everything else, records without a lĩnh vực ('') included, so the rows add up to their group. */
const KN_OTHER = ['tham_nhung', 'ct_vh_xh', 'khac', ''];
const TC_OTHER = ['ct_vh_xh', 'khac', ''];

const COLUMNS: ColumnDefinition[] = [
  { key: '1', measure: 'visits.count' },
  { key: '2', measure: 'visits.headcount' },
  { key: '3', measure: 'cases.distinct' },
];

function subjectRows(prefix: string, classification: 'khieu_nai' | 'to_cao'): RowDefinition[] {
  return ADMINISTRATIVE.map((code) => ({
    key: `${prefix}-${code}`,
    label: `- ${SUBJECT_LABELS[code]}`,
    filter: { classifications: [classification], subjects: [code] },
  }));
}

/** Breakdown by phân loại × lĩnh vực, the 2a grouping narrative reports still use. Same for every regime. */
export const linhVuc: ReportDefinition = {
  id: 'linh-vuc',
  version: '2a-2021',
  regimes: ['tt02-2021', 'tt01-2024', 'tt06-2025'],
  effectiveFrom: '2021-07-01',
  effectiveTo: null,
  formCode: 'Phụ lục: phân loại theo lĩnh vực',
  title: 'PHÂN LOẠI LƯỢT TIẾP, NGƯỜI ĐƯỢC TIẾP VÀ VỤ VIỆC THEO NỘI DUNG, LĨNH VỰC',
  header: [[cell('Nội dung'), cell('Số lượt tiếp'), cell('Số người được tiếp'), cell('Số vụ việc')]],
  columns: COLUMNS,
  rows: [
    { key: 'kn', label: 'Khiếu nại', filter: { classifications: ['khieu_nai'] } },
    {
      key: 'kn-hanh-chinh',
      label: 'Lĩnh vực hành chính',
      filter: { classifications: ['khieu_nai'], subjects: ADMINISTRATIVE },
    },
    ...subjectRows('kn', 'khieu_nai'),
    {
      key: 'kn-tu-phap',
      label: 'Lĩnh vực tư pháp',
      filter: { classifications: ['khieu_nai'], subjects: ['tu_phap'] },
    },
    {
      key: 'kn-khac',
      label: 'Lĩnh vực chính trị, văn hóa, xã hội khác',
      filter: { classifications: ['khieu_nai'], subjects: KN_OTHER },
    },
    { key: 'tc', label: 'Tố cáo', filter: { classifications: ['to_cao'] } },
    {
      key: 'tc-hanh-chinh',
      label: 'Lĩnh vực hành chính',
      filter: { classifications: ['to_cao'], subjects: ADMINISTRATIVE },
    },
    ...subjectRows('tc', 'to_cao'),
    {
      key: 'tc-tu-phap',
      label: 'Lĩnh vực tư pháp',
      filter: { classifications: ['to_cao'], subjects: ['tu_phap'] },
    },
    {
      key: 'tc-tham-nhung',
      label: 'Tham nhũng',
      filter: { classifications: ['to_cao'], subjects: ['tham_nhung'] },
    },
    { key: 'tc-khac', label: 'Lĩnh vực khác', filter: { classifications: ['to_cao'], subjects: TC_OTHER } },
    {
      key: 'kn-pa',
      label: 'Kiến nghị, phản ánh',
      filter: { classifications: ['kien_nghi', 'phan_anh'] },
    },
    { key: 'tong', label: 'Tổng cộng', isTotal: true },
  ],
  identities: [],
  rowIdentities: [
    { rowKey: 'tong', rows: ['kn', 'tc', 'kn-pa'] },
    { rowKey: 'kn', rows: ['kn-hanh-chinh', 'kn-tu-phap', 'kn-khac'] },
    { rowKey: 'kn-hanh-chinh', rows: ADMINISTRATIVE.map((code) => `kn-${code}`) },
    { rowKey: 'tc', rows: ['tc-hanh-chinh', 'tc-tu-phap', 'tc-tham-nhung', 'tc-khac'] },
    { rowKey: 'tc-hanh-chinh', rows: ADMINISTRATIVE.map((code) => `tc-${code}`) },
  ],
  notes: [
    'Lượt và người theo phân loại, lĩnh vực ghi ở từng lượt tiếp; vụ việc theo phân loại, lĩnh vực của vụ việc.',
    'Không tính các lượt từ chối tiếp.',
  ],
};
