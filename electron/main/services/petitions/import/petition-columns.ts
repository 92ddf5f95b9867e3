/**
 * The petition import's columns: codes, captions offices use, and the closed value lists a cell may name
 * by code or Vietnamese label (diacritics, case and spacing ignored, as in the register import).
 */
import { CLASSIFICATION_LIST, buildList } from '../../register-import/value-lists';
import { headerKey } from '../../register-import/header-map';
import {
  COMPETENCE_LABELS,
  ELIGIBILITY_LABELS,
  FORM_SUBJECT_LABELS,
  PETITION_LEVEL_LABELS,
  PETITION_OUTCOME_LABELS,
  PETITION_SOURCE_LABELS,
  type Competence,
  type Eligibility,
  type FormSubject,
  type PetitionLevel,
  type PetitionOutcome,
  type PetitionSource,
} from '../../../../../shared/domain/petitions';

export { CLASSIFICATION_LIST };

export const PETITION_COLUMNS = [
  'ngay_nhan',
  'nguon_don',
  'co_quan_chuyen_den',
  'nac_danh',
  'ho_ten',
  'so_giay_to',
  'dia_chi',
  'phan_loai',
  'linh_vuc',
  'lan',
  'noi_dung',
  'ngay_xu_ly',
  'dieu_kien',
  'ly_do',
  'tham_quyen',
  'ket_qua',
  'noi_chuyen',
  'ghi_chu',
] as const;
export type PetitionColumn = (typeof PETITION_COLUMNS)[number];

export const REQUIRED_PETITION_COLUMNS: readonly PetitionColumn[] = [
  'ngay_nhan',
  'phan_loai',
  'linh_vuc',
  'noi_dung',
];

export const PETITION_COLUMN_CAPTIONS: Record<PetitionColumn, string> = {
  ngay_nhan: 'Ngày nhận đơn',
  nguon_don: 'Nguồn đơn',
  co_quan_chuyen_den: 'Cơ quan chuyển đến',
  nac_danh: 'Nặc danh',
  ho_ten: 'Họ tên người đứng đơn',
  so_giay_to: 'Số giấy tờ',
  dia_chi: 'Địa chỉ',
  phan_loai: 'Phân loại đơn',
  linh_vuc: 'Lĩnh vực',
  lan: 'Lần',
  noi_dung: 'Nội dung đơn',
  ngay_xu_ly: 'Ngày xử lý',
  dieu_kien: 'Điều kiện xử lý',
  ly_do: 'Lý do không đủ điều kiện',
  tham_quyen: 'Thẩm quyền',
  ket_qua: 'Kết quả xử lý',
  noi_chuyen: 'Nơi chuyển đơn',
  ghi_chu: 'Ghi chú',
};

const EXTRA_CAPTIONS: Partial<Record<PetitionColumn, string[]>> = {
  ngay_nhan: ['Ngày nhận', 'Ngày đến', 'Ngày vào sổ'],
  nguon_don: ['Nguồn'],
  ho_ten: ['Họ tên', 'Họ và tên', 'Người đứng đơn', 'Người gửi'],
  so_giay_to: ['CCCD', 'Số CCCD', 'Số căn cước', 'Số định danh'],
  phan_loai: ['Loại đơn', 'Phân loại'],
  noi_dung: ['Nội dung', 'Tóm tắt nội dung'],
  lan: ['Lần khiếu nại, tố cáo', 'Lần khiếu nại'],
  ket_qua: ['Hướng xử lý', 'Kết quả'],
  noi_chuyen: ['Chuyển đến', 'Cơ quan nhận đơn chuyển', 'Nơi hướng dẫn'],
};

/** Columns old registries carry that the import recomputes (số đến is given in order of receipt). */
const IGNORED = ['STT', 'TT', 'Số thứ tự', 'Số đến', 'Số vào sổ'];

const INDEX = new Map<string, PetitionColumn | 'ignored'>();
for (const code of PETITION_COLUMNS) {
  for (const caption of [code, PETITION_COLUMN_CAPTIONS[code], ...(EXTRA_CAPTIONS[code] ?? [])]) {
    INDEX.set(headerKey(caption), code);
  }
}
for (const caption of IGNORED) INDEX.set(headerKey(caption), 'ignored');

/** The column a caption names, 'ignored' for known columns without use, null when unknown. */
export function matchPetitionHeader(caption: string): PetitionColumn | 'ignored' | null {
  return INDEX.get(headerKey(caption)) ?? null;
}

export const SOURCE_LIST = buildList<PetitionSource>(
  'nguồn đơn',
  'qua tiếp công dân, bưu chính, nộp trực tiếp, cơ quan khác chuyển đến, khác',
  PETITION_SOURCE_LABELS,
  {
    qua_tiep_cong_dan: ['Tiếp công dân'],
    buu_chinh: ['Bưu chính', 'Bưu điện', 'Qua bưu điện'],
    nop_truc_tiep: ['Nộp trực tiếp', 'Trực tiếp'],
    co_quan_chuyen_den: ['Cơ quan khác chuyển đến', 'Chuyển đến', 'Cơ quan chuyển'],
    khac: ['Khác'],
  },
);

export const FORM_SUBJECT_LIST = buildList<FormSubject>(
  'lĩnh vực',
  'đất đai, chế độ chính sách, hành chính, tham nhũng, tư pháp, khác',
  FORM_SUBJECT_LABELS,
  { chinh_sach: ['Chính sách', 'Chế độ chính sách', 'Chính sách, chế độ'] },
);

export const LEVEL_LIST = buildList<PetitionLevel>(
  'lần',
  'lần đầu, lần 2, tố cáo tiếp',
  PETITION_LEVEL_LABELS,
  {
    lan_hai: ['Lần hai', 'Lần thứ hai', '2'],
    lan_dau: ['1', 'Lần 1'],
    tiep: ['Tiếp'],
  },
);

export const ELIGIBILITY_LIST = buildList<Eligibility>(
  'điều kiện xử lý',
  'đủ, không đủ',
  ELIGIBILITY_LABELS,
  {
    du_dieu_kien: ['Đủ', 'Đủ điều kiện'],
    khong_du_dieu_kien: ['Không đủ', 'Không đủ điều kiện'],
  },
);

export const COMPETENCE_LIST = buildList<Competence>('thẩm quyền', 'thuộc, không thuộc', COMPETENCE_LABELS, {
  thuoc: ['Thuộc'],
  khong_thuoc: ['Không thuộc'],
});

export const OUTCOME_LIST = buildList<PetitionOutcome>(
  'kết quả xử lý',
  'thụ lý, hướng dẫn, chuyển đơn, lưu đơn, trả lại đơn',
  PETITION_OUTCOME_LABELS,
  { thu_ly: ['Thụ lý'], tra_lai: ['Trả lại'], luu_don: ['Lưu'] },
);

/** Nặc danh: x / có / yes marks an anonymous petition; blank or không does not. */
export const YES_NO_LIST = buildList<'co' | 'khong'>(
  'nặc danh',
  'có hoặc để trống',
  { co: 'Có', khong: 'Không' },
  {
    co: ['x', 'yes', 'Nặc danh'],
    khong: ['no'],
  },
);
