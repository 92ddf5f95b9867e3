import type { Classification } from './classification';
import type { RefusalReason } from './subjects';

/** Every printed document, by its route name (`/print/<kind>/…`). */
export const PRINT_KINDS = [
  'ticket',
  'receipt',
  'appointment',
  'refusal',
  'forward',
  'guidance',
  'visit',
  'register',
  'schedule',
  'petitionaccept',
  'petitionguide',
  'petitionforward',
] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

export const PRINT_KIND_LABELS: Record<PrintKind, string> = {
  ticket: 'Phiếu số thứ tự',
  receipt: 'Giấy biên nhận thông tin, tài liệu, bằng chứng',
  appointment: 'Phiếu hẹn',
  refusal: 'Thông báo từ chối tiếp công dân',
  forward: 'Phiếu chuyển đơn',
  guidance: 'Phiếu hướng dẫn',
  visit: 'Phiếu thông tin lượt tiếp',
  register: 'Sổ tiếp công dân',
  schedule: 'Lịch tiếp công dân',
  petitionaccept: 'Phiếu đề xuất thụ lý đơn',
  petitionguide: 'Phiếu hướng dẫn (xử lý đơn)',
  petitionforward: 'Phiếu chuyển đơn (xử lý đơn)',
};

export type PaperSize = 'A4' | 'A5' | 'roll80' | 'roll58';

/** Paper and orientation of each document (NĐ 30/2020: A4, or A5 for short slips; thermal roll for tickets). */
export const PRINT_PAPER: Record<PrintKind, { paper: PaperSize; isLandscape: boolean }> = {
  ticket: { paper: 'roll80', isLandscape: false },
  receipt: { paper: 'A4', isLandscape: false },
  appointment: { paper: 'A5', isLandscape: false },
  refusal: { paper: 'A4', isLandscape: false },
  forward: { paper: 'A4', isLandscape: false },
  guidance: { paper: 'A4', isLandscape: false },
  visit: { paper: 'A4', isLandscape: false },
  register: { paper: 'A4', isLandscape: true },
  schedule: { paper: 'A4', isLandscape: false },
  petitionaccept: { paper: 'A4', isLandscape: false },
  petitionguide: { paper: 'A4', isLandscape: false },
  petitionforward: { paper: 'A4', isLandscape: false },
};

/** Paper sizes in millimetres (width × height, portrait); a thermal roll's length is what the slip needs. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
  roll80: { width: 80, height: 160 },
  roll58: { width: 58, height: 140 },
};

/** Luật Tiếp công dân Art. 9: the clause (khoản) of each refusal ground. */
export const REFUSAL_CLAUSES: Record<RefusalReason, number> = {
  mat_kiem_soat: 1,
  vi_pham_noi_quy: 2,
  da_giai_quyet: 3,
  khac: 4,
};

/**
 * Luật Tố cáo Art. 9, 47: a denouncer's name, address and ID stay confidential. They appear only on the
 * denouncer's own copy (the receipt handed over at the desk); the visit summary for the file shows them
 * only when asked to and only when the data came back unmasked (the user's role may see it).
 */
export function isIdentityHidden(
  kind: PrintKind,
  classification: Classification,
  options: { isRevealRequested?: boolean } = {},
): boolean {
  if (classification !== 'to_cao') return false;
  if (kind === 'receipt') return false;
  if (kind === 'visit') return options.isRevealRequested !== true;
  return true;
}

/** What a hidden identity reads as on paper. */
export const HIDDEN_IDENTITY = 'Người tố cáo (thông tin được bảo mật)';
export const HIDDEN_VALUE = '***';

/** Print routes main may load in its hidden print window: `/print/<kind>[/<id>][?query]`, nothing else. */
const PRINT_ROUTE = /^\/print\/([a-z]+)(\/[0-9A-Za-z-]{1,40})?(\?[^#\s]{0,800})?$/;

export function isPrintRoute(path: string): boolean {
  const match = PRINT_ROUTE.exec(path);
  return match !== null && (PRINT_KINDS as readonly string[]).includes(match[1] ?? '');
}
