/**
 * What the register import hands to the database half: clean rows, and problems the officer can act on.
 */
import type {
  Channel,
  Classification,
  Gender,
  Handling,
  IdType,
  ReceptionKind,
} from '../../../../shared/domain/classification';
import type { RefusalReason, SubjectCode as Subject } from '../../../../shared/domain/subjects';

/** ID types an imported row may carry (`khong_co` is expressed as null). */
export type ImportIdType = Exclude<IdType, 'khong_co'>;

/** One visit read from an old register, validated and normalised. */
export interface RegisterImportRow {
  /** Spreadsheet row number as the officer sees it (header = 1 in a plain sheet). */
  rowNumber: number;
  /** ISO-8601 with +07:00, e.g. 2024-03-05T08:30:00+07:00 (00:00 when no time given). */
  receivedAt: string;
  receptionKind: ReceptionKind;
  /** Session key; present whenever receptionKind is not thuong_xuyen. */
  sessionKey: string | null;
  /** Optional `kenh` column; a blank cell (or no column) means in person. */
  channel: Channel;
  person: {
    fullName: string;
    gender: Gender | null;
    birthYear: number | null;
    idType: ImportIdType | null;
    idNumber: string | null;
    address: string | null;
  };
  /** ≥ 1, integer, ≤ 10000. */
  headcount: number;
  classification: Classification;
  /** Lĩnh vực code (DOMAIN §4). */
  subject: Subject | null;
  content: string;
  caseKey: string | null;
  resolvedByBody: string | null;
  handling: Handling | null;
  /** Present whenever handling is chuyen_don. */
  forwardedTo: string | null;
  resultTracking: string | null;
  note: string | null;
  refusalReason: RefusalReason | null;
  /** SHA-256 hex of the normalised row, row number excluded: the same row re-imported gives the same value. */
  fingerprint: string;
}

/** A finding about the file (row null) or one cell or row. Errors keep a row out; warnings do not. */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  message: string;
  severity: 'error' | 'warning';
}

/** The canonical column codes of the import format. */
export const COLUMN_CODES = [
  'ngay_tiep',
  'hinh_thuc',
  'ky_tiep',
  'ho_ten',
  'gioi_tinh',
  'nam_sinh',
  'loai_giay_to',
  'so_giay_to',
  'dia_chi',
  'so_nguoi',
  'phan_loai',
  'linh_vuc',
  'noi_dung',
  'ma_vu_viec',
  'co_quan_da_giai_quyet',
  'huong_xu_ly',
  'noi_chuyen',
  'theo_doi_ket_qua',
  'ghi_chu',
  'tu_choi',
  'kenh',
] as const;
export type ColumnCode = (typeof COLUMN_CODES)[number];

/** Columns without which no row can be imported. */
export const REQUIRED_COLUMNS: readonly ColumnCode[] = ['ngay_tiep', 'ho_ten', 'phan_loai', 'noi_dung'];
