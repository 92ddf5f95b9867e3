import { sql, type Kysely, type Transaction } from 'kysely';
import type { TicketView } from '../../../../shared/contract/queue';
import { AppError } from '../../../../shared/contract/envelope';
import type { DB } from '../../db/schema';

type Executor = Kysely<DB> | Transaction<DB>;

function ticketQuery(db: Executor) {
  return db
    .selectFrom('queue_tickets as t')
    .innerJoin('queue_lines as l', 'l.code', 't.line_code')
    .leftJoin('priority_reasons as p', 'p.code', 't.priority_reason')
    .select([
      't.id',
      't.code',
      't.number',
      't.service_day',
      't.line_code',
      'l.label as line_label',
      't.full_name',
      't.id_number',
      't.card_payload',
      't.headcount',
      't.priority_reason',
      'p.label as priority_label',
      't.status',
      't.desk_number',
      't.target_desk',
      't.call_count',
      't.issued_at',
      't.called_at',
      't.serving_started_at',
      't.finished_at',
      't.visit_id',
      sql<number>`case when t.status = 'waiting' then (select count(*) from queue_tickets o
        where o.service_day = t.service_day and o.line_code = t.line_code and o.status = 'waiting'
          and (o.is_priority > t.is_priority or (o.is_priority = t.is_priority
            and (o.issued_at < t.issued_at or (o.issued_at = t.issued_at and o.id < t.id))))) else 0 end`.as(
        'waiting_ahead',
      ),
    ]);
}

type TicketRow = Awaited<ReturnType<ReturnType<typeof ticketQuery>['executeTakeFirstOrThrow']>>;

function toView(row: TicketRow): TicketView {
  return {
    id: row.id,
    code: row.code,
    number: row.number,
    serviceDay: row.service_day,
    lineCode: row.line_code,
    lineLabel: row.line_label,
    fullName: row.full_name,
    idNumber: row.id_number,
    cardPayload: row.card_payload,
    headcount: row.headcount,
    priorityReason: row.priority_reason,
    priorityLabel: row.priority_label ?? null,
    status: row.status,
    deskNumber: row.desk_number,
    targetDesk: row.target_desk,
    callCount: row.call_count,
    issuedAt: row.issued_at,
    calledAt: row.called_at,
    servingStartedAt: row.serving_started_at,
    finishedAt: row.finished_at,
    visitId: row.visit_id,
    waitingAhead: Number(row.waiting_ahead),
  };
}

export async function getTicket(db: Executor, id: number): Promise<TicketView> {
  const row = await ticketQuery(db).where('t.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy số thứ tự (mã ${id}).`);
  return toView(row);
}

/** Tickets of a day, newest first. */
export async function listTickets(db: Executor, serviceDay: string): Promise<TicketView[]> {
  const rows = await ticketQuery(db)
    .where('t.service_day', '=', serviceDay)
    .orderBy('t.id', 'desc')
    .execute();
  return rows.map(toView);
}
