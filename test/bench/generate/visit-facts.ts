/**
 * The register columns around the content: how the visit was handled, where petitions were forwarded,
 * who received the citizen, refusals, and the heads who preside over sessions.
 */
import type { Handling, ReceptionKind } from '../../../shared/domain/classification';
import type { RefusalReason } from '../../../shared/domain/subjects';
import { Weighted, type Rng } from './prng';

/** Kinds of reception, for visits: the regular desk carries most of the load. */
export const RECEPTION_KIND = new Weighted<ReceptionKind>([
  ['thuong_xuyen', 88.5],
  ['dinh_ky', 6.5],
  ['dot_xuat', 2],
  ['uy_quyen', 3],
]);

/** Kind codes stored in the plan's byte array, in this order. */
export const KIND_CODES: readonly ReceptionKind[] = ['thuong_xuyen', 'dinh_ky', 'dot_xuat', 'uy_quyen'];

/** Refusal codes stored in the plan's byte array as index + 1 (0 = received). */
export const REFUSAL_CODES_ORDER: readonly RefusalReason[] = [
  'mat_kiem_soat',
  'vi_pham_noi_quy',
  'da_giai_quyet',
  'khac',
];

export const REFUSAL = new Weighted<number>([
  [1, 20],
  [2, 35],
  [3, 35],
  [4, 10],
]);

const HANDLING = new Weighted<Handling | null>([
  ['tra_lai_huong_dan', 32],
  ['tra_loi_truc_tiep', 25],
  ['chuyen_don', 22],
  ['thu_ly', 18],
  [null, 3],
]);

const BODIES = [
  'Sở Nông nghiệp và Môi trường',
  'Thanh tra tỉnh',
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Xây dựng',
  'Công an tỉnh',
  'Tòa án nhân dân khu vực 1',
  'Thi hành án dân sự tỉnh',
  'Bảo hiểm xã hội tỉnh',
  'Sở Y tế',
];

const OFFICERS = [
  'Nguyễn Thị Lan',
  'Trần Văn Bình',
  'Lê Thị Hồng',
  'Phạm Minh Tuấn',
  'Hoàng Văn Nam',
  'Đặng Thị Thu Hà',
  'Vũ Đức Thắng',
  'Bùi Thị Mai',
  'Đỗ Quang Huy',
  'Ngô Thị Phương',
  'Phan Văn Long',
  'Huỳnh Thị Ngọc Ánh',
];

const PRESIDERS = [
  'Chủ tịch UBND tỉnh',
  'Phó Chủ tịch UBND tỉnh',
  'Bí thư Tỉnh ủy',
  'Chủ tịch UBND xã',
  'Chánh Thanh tra tỉnh',
  'Trưởng Ban Tiếp công dân tỉnh',
];

const RESULTS = ['Đang giải quyết', 'Đã có văn bản trả lời', 'Chờ kết quả xác minh', 'Đã giải quyết xong'];
const NOTES = ['Công dân mang theo bản sao giấy tờ', 'Có luật sư đi cùng', 'Đề nghị giữ bí mật danh tính'];

/** The columns of a received (not refused) visit that depend on handling. */
export interface HandlingFacts {
  handling: Handling | null;
  forwardedTo: string | null;
  resolvedByBody: string | null;
  resultTracking: string | null;
  note: string | null;
}

export function drawHandling(rng: Rng, commune: string, isRepeat: boolean): HandlingFacts {
  const handling = HANDLING.pick(rng);
  return {
    handling,
    forwardedTo: handling === 'chuyen_don' ? (rng.chance(0.3) ? `UBND ${commune}` : rng.pick(BODIES)) : null,
    resolvedByBody: isRepeat || rng.chance(0.15) ? `UBND ${commune}` : null,
    resultTracking: rng.chance(0.2) ? rng.pick(RESULTS) : null,
    note: rng.chance(0.08) ? rng.pick(NOTES) : null,
  };
}

export function drawOfficer(rng: Rng): string {
  return rng.pick(OFFICERS);
}

export function drawPresider(rng: Rng): string {
  return rng.pick(PRESIDERS);
}

/** Headcount of a group case (5–60, most groups small) and how many representatives it sends (DOMAIN §5). */
export function drawGroup(rng: Rng): { headcount: number; representatives: number } {
  const headcount = 5 + Math.floor(55 * Math.pow(rng.next(), 2.5));
  const representatives = headcount <= 10 ? rng.int(1, 2) : rng.int(2, 5);
  return { headcount, representatives };
}

/** Headcount of an ordinary visit: mostly one citizen, sometimes with family members. */
export function drawSmallHeadcount(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.92) return 1;
  if (roll < 0.97) return 2;
  return rng.int(3, 4);
}
