/**
 * Columns of a dialogue import file: the required seven and optional extras, matched like the register
 * import's headers (ignoring case, spaces, punctuation and diacritics).
 */
import { headerKey } from '../register-import/header-map';

export const DIALOGUE_COLUMNS = [
  'ngay',
  'chu_tri',
  'dia_diem',
  'noi_dung',
  'so_dai_bieu',
  'so_y_kien',
  'so_y_kien_da_tra_loi',
  'so_y_kien_tiep_thu',
  'cap',
  'ma_vu_viec',
  'ghi_chu',
] as const;
export type DialogueColumn = (typeof DIALOGUE_COLUMNS)[number];

export const REQUIRED_DIALOGUE_COLUMNS: readonly DialogueColumn[] = DIALOGUE_COLUMNS.slice(0, 7);

export const DIALOGUE_CAPTIONS: Record<DialogueColumn, string[]> = {
  ngay: ['Ngày', 'Ngày đối thoại', 'Thời gian'],
  chu_tri: ['Chủ trì', 'Người chủ trì', 'Lãnh đạo chủ trì'],
  dia_diem: ['Địa điểm', 'Nơi đối thoại'],
  noi_dung: ['Nội dung', 'Nội dung đối thoại', 'Chủ đề', 'Nhóm công dân'],
  so_dai_bieu: ['Số đại biểu', 'Đại biểu', 'Số đại biểu tham dự'],
  so_y_kien: ['Số ý kiến', 'Ý kiến'],
  so_y_kien_da_tra_loi: ['Số ý kiến đã trả lời', 'Đã trả lời', 'Trả lời tại chỗ'],
  so_y_kien_tiep_thu: ['Số ý kiến tiếp thu', 'Tiếp thu', 'Tiếp thu xử lý'],
  cap: ['Cấp', 'Cấp đối thoại'],
  ma_vu_viec: ['Mã vụ việc', 'Vụ việc liên quan'],
  ghi_chu: ['Ghi chú'],
};

const INDEX = new Map<string, DialogueColumn>();
for (const column of DIALOGUE_COLUMNS) {
  for (const caption of [column, ...DIALOGUE_CAPTIONS[column]]) INDEX.set(headerKey(caption), column);
}
INDEX.delete(headerKey('STT'));

export function matchDialogueHeader(caption: string): DialogueColumn | null {
  return INDEX.get(headerKey(caption)) ?? null;
}
