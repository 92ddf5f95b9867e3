import type { SittingView } from '../../../../shared/contract/schedule';
import { formatLocalDate } from '../../../../shared/domain/local-time';

/** What an officer reads about a sitting's state. */
export function sittingState(sitting: SittingView): string {
  const parts = [sitting.isPublished ? 'Đã công bố' : 'Chưa công bố'];
  if (sitting.movedBy === 'holiday') parts.push(`dời từ ${formatLocalDate(sitting.plannedDay)} do nghỉ lễ`);
  if (sitting.movedBy === 'manual')
    parts.push(
      `dời từ ${formatLocalDate(sitting.plannedDay)}${sitting.moveReason ? ` (${sitting.moveReason})` : ''}`,
    );
  if (sitting.sessionStatus === 'open') parts.push('kỳ tiếp đang mở');
  if (sitting.sessionStatus === 'closed') parts.push('đã tiếp');
  return parts.join('; ');
}

export function sittingWho(sitting: SittingView): string {
  return sitting.delegateName === null
    ? sitting.leaderName
    : `${sitting.delegateName} (ủy quyền của ${sitting.leaderName})`;
}
