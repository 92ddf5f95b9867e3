/**
 * The calendar: rules expanded over a range with holidays, published days and hand moves applied, each
 * sitting with its session when one was opened; publishing and moving sittings.
 */
import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../../../shared/contract/envelope';
import type { SittingView } from '../../../../shared/contract/schedule';
import { toLocalIso } from '../../../../shared/domain/local-time';
import { addDays, isWorkingDay } from '../../../../shared/domain/schedule/dates';
import { expandRules, isPlannedDay, type SittingOverride } from '../../../../shared/domain/schedule/expand';
import type { DB } from '../../db/schema';
import { appendAudit } from '../audit';
import type { ServiceContext } from '../context';
import { holidaysBetween } from './holidays';
import { listRules, toRecurringRule } from './rules';

type Executor = Kysely<DB> | Transaction<DB>;

/** Days beyond the range a sitting may be moved across (Tết and the weekends around it). */
const MARGIN_DAYS = 40;

/** Sittings whose day lies in the range, by day then leader. */
export async function loadSittings(
  db: Executor,
  range: { from: string; to: string },
): Promise<SittingView[]> {
  const rules = await listRules(db);
  if (rules.length === 0) return [];
  const holidays = await holidaysBetween(
    db,
    addDays(range.from, -MARGIN_DAYS),
    addDays(range.to, MARGIN_DAYS),
  );
  // Published days stay as announced even if the holiday table changes later; hand moves always win.
  const saved = await db
    .selectFrom('schedule_days')
    .leftJoin('reception_sessions as s', 's.schedule_day_id', 'schedule_days.id')
    .select([
      'schedule_days.id',
      'schedule_days.rule_id',
      'schedule_days.planned_day',
      'schedule_days.day',
      'schedule_days.move_reason',
      'schedule_days.published_at',
      's.id as session_id',
      's.status as session_status',
    ])
    .where((eb) =>
      eb.or([
        eb.between('schedule_days.day', addDays(range.from, -MARGIN_DAYS), addDays(range.to, MARGIN_DAYS)),
        eb.between(
          'schedule_days.planned_day',
          addDays(range.from, -MARGIN_DAYS),
          addDays(range.to, MARGIN_DAYS),
        ),
      ]),
    )
    .execute();
  const byKey = new Map(saved.map((row) => [`${row.rule_id}|${row.planned_day}`, row]));
  const overrides: SittingOverride[] = saved
    .filter((row) => row.move_reason !== null || row.published_at !== null || row.session_id !== null)
    .map((row) => ({ ruleId: row.rule_id, plannedDay: row.planned_day, day: row.day }));
  const sittings = expandRules(
    rules.map(toRecurringRule),
    new Set(holidays.map((h) => h.day)),
    overrides,
    range,
  );
  const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
  return sittings.map((sitting) => {
    const rule = ruleById.get(sitting.ruleId)!;
    const row = byKey.get(`${sitting.ruleId}|${sitting.plannedDay}`);
    const isManual = row?.move_reason != null;
    return {
      ruleId: rule.id,
      leaderName: rule.leaderName,
      leaderRole: rule.leaderRole,
      delegateName: rule.delegateName,
      plannedDay: sitting.plannedDay,
      day: sitting.day,
      movedBy: isManual ? 'manual' : sitting.day === sitting.plannedDay ? null : 'holiday',
      moveReason: row?.move_reason ?? null,
      startTime: rule.startTime,
      endTime: rule.endTime,
      place: rule.place,
      isPublished: row?.published_at != null,
      sessionId: row?.session_id ?? null,
      sessionStatus: row?.session_status ?? null,
    };
  });
}

/** The schedule_days row of a sitting, created when missing. */
export async function ensureScheduleDay(
  trx: Transaction<DB>,
  sitting: Pick<SittingView, 'ruleId' | 'plannedDay' | 'day'>,
  now: string,
): Promise<number> {
  await trx
    .insertInto('schedule_days')
    .values({
      rule_id: sitting.ruleId,
      planned_day: sitting.plannedDay,
      day: sitting.day,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['rule_id', 'planned_day']).doNothing())
    .execute();
  const row = await trx
    .selectFrom('schedule_days')
    .select('id')
    .where('rule_id', '=', sitting.ruleId)
    .where('planned_day', '=', sitting.plannedDay)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Publishes every sitting of the range not yet published; each then counts as an announced day. */
export async function publishSittings(
  ctx: ServiceContext,
  range: { from: string; to: string },
): Promise<number> {
  const now = toLocalIso(ctx.clock());
  return ctx.db.transaction().execute(async (trx) => {
    const pending = (await loadSittings(trx, range)).filter((sitting) => !sitting.isPublished);
    for (const sitting of pending) {
      const id = await ensureScheduleDay(trx, sitting, now);
      await trx
        .updateTable('schedule_days')
        .set({ day: sitting.day, published_at: now, updated_at: now })
        .where('id', '=', id)
        .execute();
    }
    if (pending.length > 0) {
      await appendAudit(trx, ctx.actor, now, {
        action: 'schedule.publish',
        entity: 'schedule',
        entityId: `${range.from}..${range.to}`,
        detail: { days: pending.map((s) => ({ ruleId: s.ruleId, day: s.day })) },
      });
    }
    return pending.length;
  });
}

export interface MoveRequest {
  ruleId: number;
  plannedDay: string;
  day: string | null;
  reason: string;
}

/** Moves a sitting to another working day, or cancels it; audited old → new. */
export async function moveSitting(ctx: ServiceContext, request: MoveRequest): Promise<void> {
  const now = toLocalIso(ctx.clock());
  await ctx.db.transaction().execute(async (trx) => {
    const rules = await listRules(trx);
    const rule = rules.find((r) => r.id === request.ruleId);
    if (rule === undefined || !isPlannedDay(toRecurringRule(rule), request.plannedDay)) {
      throw new AppError('NOT_FOUND', 'Lịch không có buổi tiếp vào ngày này; hãy chọn lại trên lịch.');
    }
    if (request.day !== null) {
      const holidays = await holidaysBetween(trx, request.day, request.day);
      if (!isWorkingDay(request.day, new Set(holidays.map((h) => h.day)))) {
        const message = 'Ngày chuyển đến là ngày nghỉ; hãy chọn một ngày làm việc.';
        throw new AppError('INVALID_INPUT', message, [{ path: 'day', message }]);
      }
    }
    const [current] = (
      await loadSittings(trx, { from: request.plannedDay, to: addDays(request.plannedDay, MARGIN_DAYS) })
    ).filter((s) => s.ruleId === request.ruleId && s.plannedDay === request.plannedDay);
    if (current?.sessionId != null) {
      throw new AppError('CONFLICT', 'Buổi tiếp này đã mở kỳ tiếp nên không dời hay hủy được.');
    }
    const id = await ensureScheduleDay(trx, { ...request, day: current?.day ?? request.plannedDay }, now);
    await trx
      .updateTable('schedule_days')
      .set({ day: request.day, move_reason: request.reason, updated_at: now })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, ctx.actor, now, {
      action: request.day === null ? 'schedule.cancel' : 'schedule.move',
      entity: 'schedule_day',
      entityId: id,
      detail: {
        changes: [{ field: 'day', old: current?.day ?? null, new: request.day }],
        reason: request.reason,
      },
    });
  });
}
