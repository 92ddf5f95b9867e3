import { sql, type Transaction } from 'kysely';
import type { TicketView } from '../../../../shared/contract/queue';
import { AppError } from '../../../../shared/contract/envelope';
import { toLocalDate, toLocalIso } from '../../../../shared/domain/local-time';
import { callClips, callSentence } from '../../../../shared/domain/voice-call';
import type { DB, TicketStatus } from '../../db/schema';
import type { ServiceContext } from '../context';
import { getTicket } from './ticket-views';

async function desk(trx: Transaction<DB>, number: number) {
  const found = await trx
    .selectFrom('queue_desks')
    .selectAll()
    .where('number', '=', number)
    .where('is_active', '=', 1)
    .executeTakeFirst();
  if (!found)
    throw new AppError('INVALID_INPUT', `Không có bàn tiếp số ${number}; hãy chọn bàn trong danh sách.`);
  return found;
}

async function logEvent(
  trx: Transaction<DB>,
  ticketId: number,
  at: string,
  kind: string,
  actor: string,
  deskNumber: number | null,
  lineCode: string | null,
) {
  await trx
    .insertInto('queue_ticket_events')
    .values({ ticket_id: ticketId, at, kind, desk_number: deskNumber, line_code: lineCode, actor })
    .execute();
}

function announce(ctx: ServiceContext, ticket: TicketView, deskLabel: string, isHeadRoom: boolean): void {
  const target = { desk: isHeadRoom ? null : ticket.deskNumber };
  ctx.events.emit('queue:called', {
    code: ticket.code,
    number: ticket.number,
    deskNumber: ticket.deskNumber ?? 0,
    deskLabel,
    isHeadRoom,
    sentence: callSentence(ticket.number, target),
    clips: callClips(ticket.number % 1000, target),
    calledAt: ticket.calledAt ?? '',
  });
  ctx.events.emit('queue:changed', { serviceDay: ticket.serviceDay });
}

/**
 * The desk takes the next waiting ticket: those sent to this desk or of the lines it serves (the head's
 * room serves lines that need a session; other desks the rest), priority first, then arrival order. One
 * UPDATE … WHERE id = (SELECT …) AND status = 'waiting' claims it atomically, so two desks calling at the
 * same moment (even from two processes) never get the same ticket.
 */
export async function callNext(ctx: ServiceContext, deskNumber: number): Promise<TicketView | null> {
  const instant = ctx.clock();
  const now = toLocalIso(instant);
  const day = toLocalDate(instant);
  const claimed = await ctx.db.transaction().execute(async (trx) => {
    const found = await desk(trx, deskNumber);
    const row = await sql<{ id: number; line_code: string }>`update queue_tickets
      set status = 'called', desk_number = ${deskNumber}, called_at = coalesce(called_at, ${now}),
          call_count = call_count + 1, target_desk = null
      where status = 'waiting' and id = (
        select t.id from queue_tickets t join queue_lines l on l.code = t.line_code
        where t.service_day = ${day} and t.status = 'waiting'
          and (t.target_desk = ${deskNumber} or (t.target_desk is null and l.needs_open_session = ${found.is_head_room}))
        order by t.is_priority desc, t.issued_at, t.id limit 1)
      returning id, line_code`.execute(trx);
    const ticket = row.rows[0];
    if (!ticket) return null;
    await logEvent(trx, ticket.id, now, 'called', ctx.actor.displayName, deskNumber, ticket.line_code);
    return { id: ticket.id, deskLabel: found.label, isHeadRoom: found.is_head_room === 1 };
  });
  if (claimed === null) return null;
  const ticket = await getTicket(ctx.db, claimed.id);
  announce(ctx, ticket, claimed.deskLabel, claimed.isHeadRoom);
  return ticket;
}

type Transition = { from: TicketStatus[]; kind: string; message: string };

async function transition(
  ctx: ServiceContext,
  ticketId: number,
  rule: Transition,
  apply: (trx: Transaction<DB>, now: string, ticket: TicketView) => Promise<void>,
): Promise<TicketView> {
  const now = toLocalIso(ctx.clock());
  await ctx.db.transaction().execute(async (trx) => {
    const ticket = await getTicket(trx, ticketId);
    if (!rule.from.includes(ticket.status)) throw new AppError('CONFLICT', rule.message);
    await apply(trx, now, ticket);
    await logEvent(trx, ticketId, now, rule.kind, ctx.actor.displayName, ticket.deskNumber, ticket.lineCode);
  });
  const updated = await getTicket(ctx.db, ticketId);
  ctx.events.emit('queue:changed', { serviceDay: updated.serviceDay });
  return updated;
}

/** Calls the same number again (the citizen did not come up yet). */
export async function recall(ctx: ServiceContext, ticketId: number): Promise<TicketView> {
  const ticket = await transition(
    ctx,
    ticketId,
    { from: ['called'], kind: 'recalled', message: 'Chỉ gọi lại được số đang được gọi.' },
    async (trx) => {
      await trx
        .updateTable('queue_tickets')
        .set((eb) => ({ call_count: eb('call_count', '+', 1) }))
        .where('id', '=', ticketId)
        .execute();
    },
  );
  const found = await ctx.db
    .selectFrom('queue_desks')
    .selectAll()
    .where('number', '=', ticket.deskNumber ?? -1)
    .executeTakeFirstOrThrow();
  announce(ctx, ticket, found.label, found.is_head_room === 1);
  return ticket;
}

export function markNoShow(ctx: ServiceContext, ticketId: number): Promise<TicketView> {
  return transition(
    ctx,
    ticketId,
    {
      from: ['called'],
      kind: 'no_show',
      message: 'Chỉ đánh dấu vắng mặt cho số đã gọi mà công dân không đến.',
    },
    async (trx, now) => {
      await trx
        .updateTable('queue_tickets')
        .set({ status: 'no_show', finished_at: now, card_payload: null })
        .where('id', '=', ticketId)
        .execute();
    },
  );
}

/** Back to waiting on another line or for a given desk, keeping the ticket's place (its issue time). */
export function transfer(
  ctx: ServiceContext,
  ticketId: number,
  lineCode: string | null,
  deskNumber: number | null,
): Promise<TicketView> {
  if (lineCode === null && deskNumber === null) {
    throw new AppError('INVALID_INPUT', 'Hãy chọn diện tiếp hoặc bàn tiếp để chuyển số đến.');
  }
  return transition(
    ctx,
    ticketId,
    {
      from: ['waiting', 'called', 'serving'],
      kind: 'transferred',
      message: 'Số này đã tiếp xong hoặc vắng mặt, không chuyển được.',
    },
    async (trx) => {
      if (lineCode !== null) {
        const line = await trx
          .selectFrom('queue_lines')
          .select('code')
          .where('code', '=', lineCode)
          .executeTakeFirst();
        if (!line) throw new AppError('INVALID_INPUT', 'Diện tiếp không có trong danh mục; hãy chọn lại.');
      }
      if (deskNumber !== null) await desk(trx, deskNumber);
      const ticket = await getTicket(trx, ticketId);
      await trx
        .updateTable('queue_tickets')
        .set({
          status: 'waiting',
          line_code: lineCode ?? ticket.lineCode,
          target_desk: deskNumber,
          desk_number: null,
          serving_started_at: null,
        })
        .where('id', '=', ticketId)
        .execute();
    },
  );
}

/** The officer starts receiving the citizen: waiting time ends, service time starts. */
export function startService(ctx: ServiceContext, ticketId: number): Promise<TicketView> {
  return transition(
    ctx,
    ticketId,
    { from: ['called', 'serving'], kind: 'started', message: 'Hãy gọi số này trước khi bắt đầu tiếp.' },
    async (trx, now) => {
      await trx
        .updateTable('queue_tickets')
        .set({ status: 'serving', serving_started_at: now })
        .where('id', '=', ticketId)
        .where('serving_started_at', 'is', null)
        .execute();
      await trx.updateTable('queue_tickets').set({ status: 'serving' }).where('id', '=', ticketId).execute();
    },
  );
}

/** Called inside the visit's own transaction: the ticket is done and linked to the saved visit. */
export async function finishTicket(
  trx: Transaction<DB>,
  ticketId: number,
  visitId: number,
  now: string,
  actor: string,
): Promise<string> {
  const ticket = await getTicket(trx, ticketId);
  if (ticket.status !== 'serving' && ticket.status !== 'called') {
    const message = `Số ${ticket.code} không ở trạng thái đang tiếp (${ticket.status}); hãy bắt đầu tiếp từ hàng chờ.`;
    throw new AppError('CONFLICT', message, [{ path: 'ticketId', message }]);
  }
  await trx
    .updateTable('queue_tickets')
    .set({
      status: 'done',
      finished_at: now,
      visit_id: visitId,
      card_payload: null,
      serving_started_at: ticket.servingStartedAt ?? now,
    })
    .where('id', '=', ticketId)
    .execute();
  await logEvent(trx, ticketId, now, 'finished', actor, ticket.deskNumber, ticket.lineCode);
  return ticket.serviceDay;
}
