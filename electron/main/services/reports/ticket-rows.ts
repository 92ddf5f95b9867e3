import type { MeasureFilter } from '../../../../shared/reports/definition-types';
import { percentile } from '../queue/queue-figures';
import { allows } from './measure-filter';
import type { TallyContext } from './tally-context';

/** The period's queue tickets, few enough (one per visit at most) to count in memory. */
export interface TicketRow {
  id: number;
  line: string;
  status: string;
  isPriority: boolean;
  waitMinutes: number | null;
}

export async function loadTickets(ctx: TallyContext): Promise<TicketRow[]> {
  const rows = await ctx.db
    .selectFrom('queue_tickets')
    .select(['id', 'line_code', 'status', 'is_priority', 'issued_at', 'called_at'])
    .where('service_day', '>=', ctx.range.from)
    .where('service_day', '<=', ctx.range.to)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    line: row.line_code,
    status: row.status,
    isPriority: row.is_priority === 1,
    waitMinutes:
      row.called_at === null ? null : (Date.parse(row.called_at) - Date.parse(row.issued_at)) / 60_000,
  }));
}

export type TicketMeasure = 'issued' | 'served' | 'no-show' | 'priority' | 'wait-median' | 'wait-p90';

const PICKS: Record<'issued' | 'served' | 'no-show' | 'priority', (row: TicketRow) => boolean> = {
  issued: () => true,
  served: (row) => row.status === 'done',
  'no-show': (row) => row.status === 'no_show',
  priority: (row) => row.isPriority,
};

/** The tickets behind a count (waiting times: the tickets that were called). */
export function ticketsFor(rows: TicketRow[], measure: TicketMeasure, filter: MeasureFilter): TicketRow[] {
  const inLine = rows.filter((row) => allows(filter.queueLines, row.line));
  if (measure === 'wait-median' || measure === 'wait-p90')
    return inLine.filter((row) => row.waitMinutes !== null);
  return inLine.filter(PICKS[measure]);
}

export function ticketValue(rows: TicketRow[], measure: TicketMeasure, filter: MeasureFilter): number {
  const picked = ticketsFor(rows, measure, filter);
  if (measure !== 'wait-median' && measure !== 'wait-p90') return picked.length;
  const waits = picked.map((row) => row.waitMinutes ?? 0);
  return percentile(waits, measure === 'wait-median' ? 50 : 90) ?? 0;
}
