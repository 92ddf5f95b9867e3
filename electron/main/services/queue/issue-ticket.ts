import type { Kysely, Transaction } from 'kysely';
import type { QueueSetup, TicketView } from '../../../../shared/contract/queue';
import { AppError } from '../../../../shared/contract/envelope';
import { normalizeIdNumber } from '../../../../shared/domain/cccd';
import { parseCccdQr } from '../../../../shared/domain/cccd-qr';
import { toLocalDate, toLocalIso } from '../../../../shared/domain/local-time';
import type { DB } from '../../db/schema';
import type { ServiceContext } from '../context';
import { nextCounter } from '../counters';
import { getTicket } from './ticket-views';

type Executor = Kysely<DB> | Transaction<DB>;

/** A line that needs an open session (the head's reception) is open when such a session is held today. */
async function isLineOpen(db: Executor, needsOpenSession: number, day: string): Promise<boolean> {
  if (needsOpenSession === 0) return true;
  const session = await db
    .selectFrom('reception_sessions')
    .select('id')
    .where('held_on', '=', day)
    .where('kind', 'in', ['dinh_ky', 'dot_xuat', 'uy_quyen'])
    .where('status', '=', 'open')
    .executeTakeFirst();
  return session !== undefined;
}

export async function queueSetup(db: Kysely<DB>, now: Date): Promise<QueueSetup> {
  const day = toLocalDate(now);
  const lines = await db
    .selectFrom('queue_lines')
    .selectAll()
    .where('is_active', '=', 1)
    .orderBy('sort_order')
    .execute();
  const desks = await db
    .selectFrom('queue_desks')
    .selectAll()
    .where('is_active', '=', 1)
    .orderBy('number')
    .execute();
  const reasons = await db
    .selectFrom('priority_reasons')
    .select(['code', 'label'])
    .where('is_active', '=', 1)
    .orderBy('sort_order')
    .execute();
  return {
    lines: await Promise.all(
      lines.map(async (line) => ({
        code: line.code,
        label: line.label,
        prefix: line.prefix,
        isOpen: await isLineOpen(db, line.needs_open_session, day),
      })),
    ),
    desks: desks.map((desk) => ({
      number: desk.number,
      label: desk.label,
      isHeadRoom: desk.is_head_room === 1,
    })),
    priorityReasons: reasons,
  };
}

export interface IssueInput {
  lineCode: string;
  fullName: string | null;
  idNumber: string | null;
  /** Absent for callers that never scan (tests, scripts). */
  cardPayload?: string | null;
  headcount: number;
  priorityReason: string | null;
}

/** Name and number as typed, else as read from the scanned card. */
function identityOf(input: IssueInput): { fullName: string | null; idNumber: string | null } {
  const parsed = input.cardPayload ? parseCccdQr(input.cardPayload) : null;
  const card = parsed?.ok ? parsed.card : null;
  return {
    fullName: input.fullName ?? card?.fullName ?? null,
    idNumber: input.idNumber ?? card?.idNumber ?? null,
  };
}

/** Scanned cards are kept only for the day they were scanned. */
export async function forgetOldCards(db: Executor, today: string): Promise<void> {
  await db
    .updateTable('queue_tickets')
    .set({ card_payload: null })
    .where('service_day', '<', today)
    .where('card_payload', 'is not', null)
    .execute();
}

/**
 * Issues the next number of the line for today (numbers restart each day per line: A001, A002…; B001…),
 * in one transaction with its history entry, so a crash never loses or repeats a number.
 */
export async function issueTicket(ctx: ServiceContext, input: IssueInput): Promise<TicketView> {
  const instant = ctx.clock();
  const now = toLocalIso(instant);
  const day = toLocalDate(instant);
  const { fullName, idNumber } = identityOf(input);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await forgetOldCards(trx, day);
    const line = await trx
      .selectFrom('queue_lines')
      .selectAll()
      .where('code', '=', input.lineCode)
      .where('is_active', '=', 1)
      .executeTakeFirst();
    if (!line)
      throw new AppError('INVALID_INPUT', 'Diện tiếp không có trong danh mục; hãy chọn lại.', [
        { path: 'lineCode', message: 'Hãy chọn diện tiếp.' },
      ]);
    if (!(await isLineOpen(trx, line.needs_open_session, day))) {
      const message = `${line.label} chỉ cấp số khi hôm nay có kỳ tiếp của thủ trưởng; hãy tạo kỳ tiếp trước.`;
      throw new AppError('CONFLICT', message, [{ path: 'lineCode', message }]);
    }
    if (input.priorityReason !== null) {
      const reason = await trx
        .selectFrom('priority_reasons')
        .select('code')
        .where('code', '=', input.priorityReason)
        .executeTakeFirst();
      if (!reason)
        throw new AppError('INVALID_INPUT', 'Lý do ưu tiên không có trong danh mục; hãy chọn lại.', [
          { path: 'priorityReason', message: 'Hãy chọn lý do ưu tiên trong danh sách.' },
        ]);
    }
    const number = await nextCounter(trx, `ticket:${day}:${line.code}`);
    const ticket = await trx
      .insertInto('queue_tickets')
      .values({
        service_day: day,
        line_code: line.code,
        number,
        code: `${line.prefix}${String(number).padStart(3, '0')}`,
        full_name: fullName,
        id_number: idNumber === null ? null : normalizeIdNumber(idNumber),
        card_payload: input.cardPayload ?? null,
        headcount: input.headcount,
        priority_reason: input.priorityReason,
        is_priority: input.priorityReason === null ? 0 : 1,
        status: 'waiting',
        target_desk: null,
        desk_number: null,
        issued_at: now,
        called_at: null,
        serving_started_at: null,
        finished_at: null,
        visit_id: null,
        issued_by: ctx.actor.displayName,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('queue_ticket_events')
      .values({
        ticket_id: ticket.id,
        at: now,
        kind: 'issued',
        desk_number: null,
        line_code: line.code,
        actor: ctx.actor.displayName,
      })
      .execute();
    return ticket.id;
  });
  ctx.events.emit('queue:changed', { serviceDay: day });
  return getTicket(ctx.db, id);
}
