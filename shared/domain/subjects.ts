/**
 * Lĩnh vực (subject) codes of DOMAIN §4. Codes are fixed (imports and packages use them); the labels
 * are seeded into the `subjects` table, where an office may edit them.
 */
export const SUBJECTS = [
  { code: 'dat_dai', label: 'Đất đai (tranh chấp, đòi đất cũ, đền bù, giải tỏa)' },
  { code: 'chinh_sach', label: 'Chính sách, chế độ' },
  { code: 'nha_tai_san', label: 'Nhà ở, tài sản' },
  { code: 'che_do_cbccvc', label: 'Chế độ cán bộ, công chức, viên chức' },
  { code: 'hanh_chinh_khac', label: 'Hành chính khác' },
  { code: 'tu_phap', label: 'Tư pháp' },
  { code: 'tham_nhung', label: 'Tham nhũng' },
  { code: 'ct_vh_xh', label: 'Chính trị, văn hóa, xã hội' },
  { code: 'khac', label: 'Khác' },
] as const;

export type SubjectCode = (typeof SUBJECTS)[number]['code'];
export const SUBJECT_CODES = SUBJECTS.map((subject) => subject.code) as [SubjectCode, ...SubjectCode[]];

/** Refusal grounds of Luật Tiếp công dân Art. 9 (DOMAIN §5). */
export const REFUSAL_REASONS = [
  {
    code: 'mat_kiem_soat',
    label: 'Say rượu, dùng chất kích thích, tâm thần hoặc mất năng lực hành vi',
  },
  { code: 'vi_pham_noi_quy', label: 'Đe dọa, xúc phạm, vi phạm nội quy nơi tiếp công dân' },
  {
    code: 'da_giai_quyet',
    label: 'Vụ việc đã được giải quyết đúng chính sách, pháp luật, vẫn cố tình khiếu nại kéo dài',
  },
  { code: 'khac', label: 'Trường hợp khác theo quy định của pháp luật' },
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number]['code'];
export const REFUSAL_CODES = REFUSAL_REASONS.map((reason) => reason.code) as [
  RefusalReason,
  ...RefusalReason[],
];
export const REFUSAL_LABELS = Object.fromEntries(
  REFUSAL_REASONS.map((reason) => [reason.code, reason.label]),
) as Record<RefusalReason, string>;

export const SUBJECT_LABELS = Object.fromEntries(
  SUBJECTS.map((subject) => [subject.code, subject.label]),
) as Record<SubjectCode, string>;
