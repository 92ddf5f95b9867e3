import type { Classification } from './classification';

/**
 * Codes of petition handling under TT 05/2021/TT-TTCP and the facts Biểu 02/XLD (TT 06/2025) counts.
 * Codes are stable (database, imports, packages); labels are what officers read.
 */

/** Where a written petition came from. */
export const PETITION_SOURCES = [
  'qua_tiep_cong_dan',
  'buu_chinh',
  'nop_truc_tiep',
  'co_quan_chuyen_den',
  'khac',
] as const;
export type PetitionSource = (typeof PETITION_SOURCES)[number];

export const PETITION_SOURCE_LABELS: Record<PetitionSource, string> = {
  qua_tiep_cong_dan: 'Qua tiếp công dân',
  buu_chinh: 'Qua bưu chính',
  nop_truc_tiep: 'Nộp trực tiếp tại bộ phận một cửa, văn thư',
  co_quan_chuyen_den: 'Cơ quan, tổ chức khác chuyển đến',
  khac: 'Nguồn khác',
};

/**
 * The subject groups of Biểu 02/XLD. Which groups a classification may use follows the form's columns:
 * khiếu nại 9–11, tố cáo 15–18, kiến nghị, phản ánh 20–22.
 */
export const FORM_SUBJECTS = [
  'dat_dai',
  'chinh_sach',
  'hanh_chinh',
  'tham_nhung',
  'tu_phap',
  'khac',
] as const;
export type FormSubject = (typeof FORM_SUBJECTS)[number];

export const FORM_SUBJECT_LABELS: Record<FormSubject, string> = {
  dat_dai: 'Đất đai',
  chinh_sach: 'Chế độ chính sách',
  hanh_chinh: 'Hành chính',
  tham_nhung: 'Tham nhũng',
  tu_phap: 'Tư pháp',
  khac: 'Khác',
};

export const FORM_SUBJECTS_BY_CLASSIFICATION: Record<Classification, readonly FormSubject[]> = {
  khieu_nai: ['dat_dai', 'chinh_sach', 'khac'],
  to_cao: ['hanh_chinh', 'tham_nhung', 'tu_phap', 'khac'],
  kien_nghi: ['chinh_sach', 'dat_dai', 'khac'],
  phan_anh: ['chinh_sach', 'dat_dai', 'khac'],
};

/** Lần đầu / lần 2 for a complaint, lần đầu / tố cáo tiếp for a denunciation; none for KN-PA. */
export const PETITION_LEVELS = ['lan_dau', 'lan_hai', 'tiep'] as const;
export type PetitionLevel = (typeof PETITION_LEVELS)[number];

export const PETITION_LEVEL_LABELS: Record<PetitionLevel, string> = {
  lan_dau: 'Lần đầu',
  lan_hai: 'Lần 2',
  tiep: 'Tố cáo tiếp',
};

export const LEVELS_BY_CLASSIFICATION: Record<Classification, readonly PetitionLevel[]> = {
  khieu_nai: ['lan_dau', 'lan_hai'],
  to_cao: ['lan_dau', 'tiep'],
  kien_nghi: [],
  phan_anh: [],
};

export const ELIGIBILITIES = ['du_dieu_kien', 'khong_du_dieu_kien'] as const;
export type Eligibility = (typeof ELIGIBILITIES)[number];
export const ELIGIBILITY_LABELS: Record<Eligibility, string> = {
  du_dieu_kien: 'Đủ điều kiện xử lý',
  khong_du_dieu_kien: 'Không đủ điều kiện xử lý',
};

export const COMPETENCES = ['thuoc', 'khong_thuoc'] as const;
export type Competence = (typeof COMPETENCES)[number];
export const COMPETENCE_LABELS: Record<Competence, string> = {
  thuoc: 'Thuộc thẩm quyền',
  khong_thuoc: 'Không thuộc thẩm quyền',
};

export const PETITION_OUTCOMES = ['thu_ly', 'huong_dan', 'chuyen_don', 'luu_don', 'tra_lai'] as const;
export type PetitionOutcome = (typeof PETITION_OUTCOMES)[number];
export const PETITION_OUTCOME_LABELS: Record<PetitionOutcome, string> = {
  thu_ly: 'Đề xuất thụ lý',
  huong_dan: 'Hướng dẫn',
  chuyen_don: 'Chuyển đơn',
  luu_don: 'Lưu đơn',
  tra_lai: 'Trả lại đơn',
};

/** The outcomes a decision allows (TT 05/2021): what the eligibility and competence leave open. */
export function allowedOutcomes(eligibility: Eligibility, competence: Competence | null): PetitionOutcome[] {
  if (eligibility === 'khong_du_dieu_kien') return ['luu_don', 'tra_lai'];
  if (competence === 'thuoc') return ['thu_ly'];
  if (competence === 'khong_thuoc') return ['huong_dan', 'chuyen_don'];
  return [];
}

/** "12/2026": the incoming number shown and printed, restarting every year. */
export function incomingLabel(year: number, number: number): string {
  return `${number}/${year}`;
}
