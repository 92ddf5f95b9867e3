/**
 * The coded values a register cell may hold. A cell may carry the code (KHIEU_NAI), the label (Khiếu nại)
 * or either without diacritics (khieu nai): all are matched on a folded key.
 */
import {
  CHANNEL_LABELS,
  CLASSIFICATION_LABELS,
  GENDER_LABELS,
  HANDLING_LABELS,
  ID_TYPE_LABELS,
  RECEPTION_KIND_LABELS,
  type Channel,
  type Classification,
  type Gender,
  type Handling,
  type ReceptionKind,
} from '../../../../shared/domain/classification';
import { foldText } from '../../../../shared/domain/text-fold';
import {
  REFUSAL_LABELS as REFUSAL_REASON_LABELS,
  SUBJECT_LABELS,
  type RefusalReason,
  type SubjectCode as Subject,
} from '../../../../shared/domain/subjects';
import { StringMemo } from './string-memo';
import type { ImportIdType } from './types';

/** A closed list of codes, the words that name each, and how to name the list in a message. */
export interface ValueList<T extends string> {
  /** What the value is, for "không phải <name> hợp lệ". */
  name: string;
  /** What to write instead, for "hãy ghi một trong: <hint>". */
  hint: string;
  index: ReadonlyMap<string, T>;
}

/** Comparison key of a cell value: folded (no diacritics, đ → d, lower case), only letters and digits kept. */
export function valueKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}

/** A value list from labels and extra words; exported for the petition import, which reads its own lists. */
export function buildList<T extends string>(
  name: string,
  hint: string,
  labels: Record<T, string>,
  extra: Partial<Record<T, string[]>>,
): ValueList<T> {
  const index = new Map<string, T>();
  for (const code of Object.keys(labels) as T[]) {
    for (const word of [code, labels[code], ...(extra[code] ?? [])]) {
      const key = valueKey(word);
      // Two codes sharing a word would make a cell ambiguous: a mistake in the lists above.
      if (index.has(key) && index.get(key) !== code) throw new Error(`"${word}" names two ${name} codes`);
      index.set(key, code);
    }
  }
  return { name, hint, index };
}

/** Cells already matched, per list: a register spells the same few values in every row. */
const matchMemos = new WeakMap<ValueList<string>, StringMemo<string | null>>();
/** Bound on each list's memo, so a column of free text cannot grow it without limit. */
const MATCH_MEMO_LIMIT = 10_000;

/** The code a cell names, or null when it names none. */
export function matchValue<T extends string>(list: ValueList<T>, text: string): T | null {
  let memo = matchMemos.get(list);
  if (memo === undefined) {
    memo = new StringMemo((cell) => list.index.get(valueKey(cell)) ?? null, MATCH_MEMO_LIMIT);
    matchMemos.set(list, memo);
  }
  return memo.get(text) as T | null;
}

/** Kênh tiếp (Luật 136/2025); a blank cell means in person (decided by the row parser). */
export const CHANNEL_LIST = buildList<Channel>('kênh tiếp', 'trực tiếp, trực tuyến', CHANNEL_LABELS, {
  truc_tuyen: ['Online', 'Tiếp trực tuyến'],
  truc_tiep: ['Tiếp trực tiếp'],
});

/** Hình thức tiếp; a blank cell means the regular desk (decided by the row parser). */
export const RECEPTION_KIND_LIST = buildList<ReceptionKind>(
  'hình thức tiếp',
  'thường xuyên, định kỳ, đột xuất, ủy quyền',
  RECEPTION_KIND_LABELS,
  {
    thuong_xuyen: ['Thường xuyên'],
    dinh_ky: ['Định kỳ', 'Tiếp định kỳ', 'Lãnh đạo tiếp định kỳ'],
    dot_xuat: ['Đột xuất', 'Tiếp đột xuất', 'Lãnh đạo tiếp đột xuất'],
    uy_quyen: ['Ủy quyền', 'Tiếp theo ủy quyền', 'Được ủy quyền tiếp'],
  },
);

/** Giới tính; registers often write Ông / Bà. */
export const GENDER_LIST = buildList<Gender>('giới tính', 'nam, nữ', GENDER_LABELS, {
  nam: ['Nam giới', 'Ông'],
  nu: ['Nữ giới', 'Bà'],
});

/**
 * `khong_co` ("Không có giấy tờ") is accepted and stored as no ID type. "Căn cước" and "Thẻ căn cước" name
 * the card (CCCD); "Số căn cước", "Số định danh cá nhân" and "Giấy chứng nhận căn cước" the papers Luật
 * 136/2025 lists.
 */
export const ID_TYPE_LIST = buildList<ImportIdType | 'khong_co'>(
  'loại giấy tờ',
  'CCCD, số căn cước, số định danh cá nhân, giấy chứng nhận căn cước, hộ chiếu, CMND, không có',
  { ...ID_TYPE_LABELS, cccd: 'CCCD' },
  {
    cccd: ['CCCD / thẻ căn cước', 'Căn cước công dân', 'Căn cước', 'Thẻ căn cước', 'Thẻ CCCD'],
    so_can_cuoc: ['SCC'],
    so_dinh_danh: ['Số định danh', 'Mã định danh', 'Mã định danh cá nhân', 'Định danh cá nhân', 'ĐDCN'],
    gcn_can_cuoc: ['GCN căn cước', 'Giấy CN căn cước', 'GCNCC'],
    cmnd: ['Chứng minh nhân dân', 'Chứng minh thư'],
    ho_chieu: ['Passport'],
    khong_co: ['Không có', 'Không'],
  },
);

/** Phân loại đơn. */
export const CLASSIFICATION_LIST = buildList<Classification>(
  'phân loại',
  'khiếu nại, tố cáo, kiến nghị, phản ánh',
  CLASSIFICATION_LABELS,
  {
    khieu_nai: ['Đơn khiếu nại'],
    to_cao: ['Đơn tố cáo'],
    kien_nghi: ['Đơn kiến nghị'],
    phan_anh: ['Đơn phản ánh'],
  },
);

/** Lĩnh vực; the hint uses semicolons because several labels contain commas. */
export const SUBJECT_LIST = buildList<Subject>(
  'lĩnh vực',
  'đất đai; chính sách, chế độ; nhà ở, tài sản; chế độ cán bộ, công chức, viên chức; hành chính khác; ' +
    'tư pháp; tham nhũng; chính trị, văn hóa, xã hội; khác',
  SUBJECT_LABELS,
  {
    dat_dai: ['Đất đai'],
    chinh_sach: ['Chính sách', 'Chế độ chính sách'],
    nha_tai_san: ['Nhà ở', 'Nhà, tài sản'],
    che_do_cbccvc: ['Chế độ CBCCVC', 'Chế độ cán bộ'],
    ct_vh_xh: ['Văn hóa, xã hội'],
  },
);

/** Hướng xử lý, with the short forms registers use (thụ lý, chuyển đơn...). */
export const HANDLING_LIST = buildList<Handling>(
  'hướng xử lý',
  'thụ lý, trả lại đơn và hướng dẫn, chuyển đơn, trả lời trực tiếp',
  HANDLING_LABELS,
  {
    thu_ly: ['Thụ lý', 'Thụ lý giải quyết'],
    tra_lai_huong_dan: ['Trả lại đơn và hướng dẫn', 'Trả lại đơn', 'Hướng dẫn', 'Trả đơn, hướng dẫn'],
    chuyen_don: ['Chuyển đơn', 'Chuyển'],
    tra_loi_truc_tiep: ['Trả lời trực tiếp', 'Giải thích', 'Giải thích, trả lời'],
  },
);

/** Lý do từ chối tiếp (Art. 9); a blank cell means the visit was not refused. */
export const REFUSAL_LIST = buildList<RefusalReason>(
  'lý do từ chối tiếp',
  'mất kiểm soát, vi phạm nội quy, đã giải quyết, khác (để trống nếu không từ chối)',
  REFUSAL_REASON_LABELS,
  {
    mat_kiem_soat: ['Mất kiểm soát', 'Say rượu'],
    vi_pham_noi_quy: ['Vi phạm nội quy', 'Đe dọa', 'Xúc phạm'],
    da_giai_quyet: ['Đã giải quyết', 'Đã giải quyết đúng pháp luật', 'Khiếu nại kéo dài'],
    khac: ['Trường hợp khác'],
  },
);
