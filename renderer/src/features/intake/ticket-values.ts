import type { TicketView } from '../../../../shared/contract/queue';
import { emptyIntake, type IntakeValues } from './intake-values';

/** An intake form already filled with what reception learnt when issuing the ticket. */
export function ticketToValues(ticket: TicketView, now: Date = new Date()): IntakeValues {
  const empty = emptyIntake(now);
  return {
    ...empty,
    receptionKind: ticket.lineCode === 'thu_truong' ? 'dinh_ky' : empty.receptionKind,
    person: { ...empty.person, fullName: ticket.fullName ?? '', idNumber: ticket.idNumber ?? '' },
    headcount: String(ticket.headcount),
  };
}
