import type { Kysely } from 'kysely';
import type { DisplayState, QueueFigures } from '../../../../shared/contract/queue';
import type { DB } from '../../db/schema';

/** Nearest-rank percentile of minutes, rounded to a tenth; null for no data. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return Math.round(sorted[rank - 1]! * 10) / 10;
}

function minutesBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  return (Date.parse(to) - Date.parse(from)) / 60_000;
}

type Row = Awaited<ReturnType<typeof dayTickets>>[number];

function dayTickets(db: Kysely<DB>, day: string) {
  return db
    .selectFrom('queue_tickets as t')
    .innerJoin('queue_lines as l', 'l.code', 't.line_code')
    .leftJoin('queue_desks as d', 'd.number', 't.desk_number')
    .select([
      't.line_code',
      'l.label as line_label',
      't.desk_number',
      'd.label as desk_label',
      't.status',
      't.issued_at',
      't.called_at',
      't.serving_started_at',
      't.finished_at',
    ])
    .where('t.service_day', '=', day)
    .execute();
}

function stat(key: string, label: string, rows: Row[]) {
  const waits = rows
    .map((r) => minutesBetween(r.issued_at, r.called_at))
    .filter((m): m is number => m !== null);
  const services = rows
    .filter((r) => r.status === 'done')
    .map((r) => minutesBetween(r.serving_started_at, r.finished_at))
    .filter((m): m is number => m !== null);
  return {
    key,
    label,
    served: rows.filter((r) => r.status === 'done').length,
    noShows: rows.filter((r) => r.status === 'no_show').length,
    stillWaiting: rows.filter((r) => r.status === 'waiting').length,
    waitMedianMinutes: percentile(waits, 50),
    waitP90Minutes: percentile(waits, 90),
    serviceMedianMinutes: percentile(services, 50),
    serviceP90Minutes: percentile(services, 90),
  };
}

function groupBy<K>(rows: Row[], key: (row: Row) => K): Map<K, Row[]> {
  const groups = new Map<K, Row[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/**
 * End-of-day figures from the tickets themselves: waiting time = issue → first call, service time =
 * start → finish of the visit, per line and per desk.
 */
export async function queueFigures(db: Kysely<DB>, day: string): Promise<QueueFigures> {
  const rows = await dayTickets(db, day);
  const byLine = [...groupBy(rows, (r) => r.line_code)].map(([code, group]) =>
    stat(code, group[0]!.line_label, group),
  );
  const byDesk = [
    ...groupBy(
      rows.filter((r) => r.desk_number !== null),
      (r) => r.desk_number,
    ),
  ].map(([number, group]) => stat(String(number), group[0]!.desk_label ?? `Bàn số ${number}`, group));
  return { serviceDay: day, total: stat('tong', 'Tổng', rows), byLine, byDesk };
}

/** The waiting-room screen: numbers being served per desk, the last calls and the waiting counts. */
export async function displayState(db: Kysely<DB>, day: string): Promise<DisplayState> {
  const called = await db
    .selectFrom('queue_ticket_events as e')
    .innerJoin('queue_tickets as t', 't.id', 'e.ticket_id')
    .innerJoin('queue_desks as d', 'd.number', 'e.desk_number')
    .select(['t.code', 'e.desk_number', 'd.label as desk_label', 'e.at', 't.status'])
    .where('t.service_day', '=', day)
    .where('e.kind', 'in', ['called', 'recalled'])
    .orderBy('e.id', 'desc')
    .limit(60)
    .execute();
  const current = new Map<number, DisplayState['current'][number]>();
  for (const call of called) {
    if (call.desk_number === null || current.has(call.desk_number)) continue;
    if (call.status === 'called' || call.status === 'serving') {
      current.set(call.desk_number, {
        code: call.code,
        deskNumber: call.desk_number,
        deskLabel: call.desk_label,
        calledAt: call.at,
      });
    }
  }
  const waiting = await db
    .selectFrom('queue_lines as l')
    .leftJoin('queue_tickets as t', (join) =>
      join.onRef('t.line_code', '=', 'l.code').on('t.service_day', '=', day).on('t.status', '=', 'waiting'),
    )
    .select(['l.code', 'l.label', (eb) => eb.fn.count<number>('t.id').as('n')])
    .where('l.is_active', '=', 1)
    .groupBy(['l.code', 'l.label', 'l.sort_order'])
    .orderBy('l.sort_order')
    .execute();
  return {
    serviceDay: day,
    current: [...current.values()].sort((a, b) => a.deskNumber - b.deskNumber),
    recent: called
      .slice(0, 8)
      .map((call) => ({ code: call.code, deskLabel: call.desk_label, calledAt: call.at })),
    waiting: waiting.map((line) => ({ lineCode: line.code, lineLabel: line.label, count: Number(line.n) })),
  };
}
