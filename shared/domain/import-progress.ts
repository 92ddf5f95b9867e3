import type { EventPayload } from '../contract/events';
import { formatCount } from './number-format';

export type ImportProgress = EventPayload<'import:progress'>;

/** How far a register import has got, in words: "Đang kiểm tra 12.000/45.000 dòng…". */
export function importProgressText(progress: ImportProgress): string {
  const counted = `${formatCount(progress.done)}/${formatCount(progress.total)} dòng`;
  return progress.stage === 'check' ? `Đang kiểm tra ${counted}…` : `Đang ghi vào sổ ${counted}…`;
}
