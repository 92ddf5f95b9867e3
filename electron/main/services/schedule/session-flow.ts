/**
 * Opening a session (from today's sitting or ad hoc), which opens the head's queue line, and closing it
 * with its conclusions and follow-ups. Every step is audited.
 */
import { AppError } from '../../../../shared/contract/envelope';
import type { FollowUpView, SessionDetail } from '../../../../shared/contract/schedule';
import type { SESSION_KINDS } from '../../../../shared/contract/sessions';
import { toLocalDate, toLocalIso } from '../../../../shared/domain/local-time';
import { appendAudit } from '../audit';
import { caseIdForCode } from '../case-codes';
import { insertOpenSession, type NewSession } from '../session-insert';
import type { ServiceContext } from '../context';
import { ensureScheduleDay, loadSittings } from './calendar';
import { getFollowUp, getSessionDetail } from './session-records';

type SessionKind = (typeof SESSION_KINDS)[number];

/** Opens today's sitting of a rule; opening it again returns the session already open. */
export async function openSitting(
  ctx: ServiceContext,
  request: { ruleId: number; plannedDay: string },
): Promise<SessionDetail> {
  const now = toLocalIso(ctx.clock());
  const today = now.slice(0, 10);
  const sessionId = await ctx.db.transaction().execute(async (trx) => {
    const sitting = (await loadSittings(trx, { from: today, to: today })).find(
      (s) => s.ruleId === request.ruleId && s.plannedDay === request.plannedDay,
    );
    if (sitting === undefined) {
      throw new AppError(
        'CONFLICT',
        'Buổi tiếp này không diễn ra hôm nay; chỉ mở được kỳ tiếp của ngày hôm nay.',
      );
    }
    if (sitting.sessionId !== null) {
      if (sitting.sessionStatus === 'closed')
        throw new AppError('CONFLICT', 'Kỳ tiếp của buổi này đã kết thúc.');
      return sitting.sessionId;
    }
    const scheduleDayId = await ensureScheduleDay(trx, sitting, now);
    const presidedBy = sitting.delegateName ?? sitting.leaderName;
    const values: NewSession = {
      kind: sitting.delegateName === null ? 'dinh_ky' : 'uy_quyen',
      held_on: today,
      presided_by: presidedBy,
      title: `Tiếp công dân định kỳ tại ${sitting.place}`,
      schedule_day_id: scheduleDayId,
    };
    return insertOpenSession(trx, ctx.actor, now, values, {
      action: 'session.open',
      detail: { ruleId: sitting.ruleId, day: today, presidedBy },
    });
  });
  ctx.events.emit('queue:changed', { serviceDay: today });
  return getSessionDetail(ctx.db, sessionId);
}

/** Opens a session today outside the schedule (đột xuất, or a periodic/delegated one not on it). */
export async function openAdHocSession(
  ctx: ServiceContext,
  input: { kind: SessionKind; presidedBy: string; title: string | null },
): Promise<SessionDetail> {
  const now = toLocalIso(ctx.clock());
  const values: NewSession = {
    kind: input.kind,
    held_on: toLocalDate(ctx.clock()),
    presided_by: input.presidedBy,
    title: input.title,
  };
  const id = await ctx.db
    .transaction()
    .execute((trx) =>
      insertOpenSession(trx, ctx.actor, now, values, { action: 'session.open', detail: input }),
    );
  ctx.events.emit('queue:changed', { serviceDay: now.slice(0, 10) });
  return getSessionDetail(ctx.db, id);
}

export interface CloseRequest {
  sessionId: number;
  conclusions: string;
  followUps: { task: string; assignee: string; dueOn: string; caseCode: string | null }[];
}

/** Closes an open session with its conclusions and follow-ups (linked to cases by code). */
export async function closeSession(ctx: ServiceContext, request: CloseRequest): Promise<SessionDetail> {
  const now = toLocalIso(ctx.clock());
  await ctx.db.transaction().execute(async (trx) => {
    const session = await trx
      .selectFrom('reception_sessions')
      .select(['status', 'held_on'])
      .where('id', '=', request.sessionId)
      .executeTakeFirst();
    if (session === undefined)
      throw new AppError('NOT_FOUND', 'Không tìm thấy kỳ tiếp này; hãy tải lại trang.');
    if (session.status === 'closed') throw new AppError('CONFLICT', 'Kỳ tiếp này đã kết thúc từ trước.');
    const caseIds = await resolveCaseCodes(
      trx,
      request.followUps.map((f) => f.caseCode),
    );
    for (const [index, followUp] of request.followUps.entries()) {
      if (followUp.dueOn < session.held_on) {
        const message = 'Hạn phải từ ngày tiếp trở đi.';
        throw new AppError('INVALID_INPUT', message, [{ path: `followUps.${index}.dueOn`, message }]);
      }
    }
    await trx
      .updateTable('reception_sessions')
      .set({ status: 'closed', closed_at: now, conclusions: request.conclusions, updated_at: now })
      .where('id', '=', request.sessionId)
      .execute();
    if (request.followUps.length > 0) {
      await trx
        .insertInto('session_follow_ups')
        .values(
          request.followUps.map((f, index) => ({
            session_id: request.sessionId,
            case_id: caseIds[index] ?? null,
            task: f.task,
            assignee: f.assignee,
            due_on: f.dueOn,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
    }
    await appendAudit(trx, ctx.actor, now, {
      action: 'session.close',
      entity: 'session',
      entityId: request.sessionId,
      detail: request,
    });
  });
  ctx.events.emit('queue:changed', { serviceDay: toLocalDate(ctx.clock()) });
  return getSessionDetail(ctx.db, request.sessionId);
}

async function resolveCaseCodes(
  trx: ServiceContext['db'],
  codes: (string | null)[],
): Promise<(number | null)[]> {
  const ids: (number | null)[] = [];
  for (const [index, code] of codes.entries()) {
    ids.push(code === null ? null : await caseIdForCode(trx, code, `followUps.${index}.caseCode`, true));
  }
  return ids;
}

/** Marks a follow-up done (or not yet); audited old → new. */
export async function setFollowUpDone(
  ctx: ServiceContext,
  id: number,
  isDone: boolean,
): Promise<FollowUpView> {
  const now = toLocalIso(ctx.clock());
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getFollowUp(trx, id);
    const doneAt = isDone ? (before.doneAt ?? now) : null;
    if (doneAt === before.doneAt) return;
    await trx
      .updateTable('session_follow_ups')
      .set({ done_at: doneAt, updated_at: now })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, ctx.actor, now, {
      action: 'follow_up.update',
      entity: 'follow_up',
      entityId: id,
      detail: { changes: [{ field: 'doneAt', old: before.doneAt, new: doneAt }] },
    });
  });
  return getFollowUp(ctx.db, id);
}
