import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../../../../shared/contract/envelope';
import type { RuleInput, RuleView } from '../../../../shared/contract/schedule';
import { toLocalIso } from '../../../../shared/domain/local-time';
import type { RecurringRule } from '../../../../shared/domain/schedule/expand';
import type { LeaderRole } from '../../../../shared/domain/schedule/minimum-rules';
import type { DB, ScheduleRulesTable } from '../../db/schema';
import { appendAudit } from '../audit';
import type { ServiceContext } from '../context';
import { fieldChanges } from './field-changes';

export function toRuleView(row: Selectable<ScheduleRulesTable>): RuleView {
  return {
    id: row.id,
    leaderName: row.leader_name,
    leaderRole: row.leader_role as LeaderRole,
    delegateName: row.delegate_name,
    frequency: row.frequency,
    weekday: row.weekday,
    monthWeeks: JSON.parse(row.month_weeks) as number[],
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

/** The rule as the pure expansion reads it. */
export function toRecurringRule(rule: RuleView): RecurringRule {
  return {
    id: rule.id,
    frequency: rule.frequency,
    weekday: rule.weekday,
    monthWeeks: rule.monthWeeks,
    validFrom: rule.validFrom,
    validTo: rule.validTo,
  };
}

/** Every rule, by leader then weekday. */
export async function listRules(db: Kysely<DB>): Promise<RuleView[]> {
  const rows = await db
    .selectFrom('schedule_rules')
    .selectAll()
    .orderBy('leader_name')
    .orderBy('weekday')
    .orderBy('id')
    .execute();
  return rows.map(toRuleView);
}

function columns(input: RuleInput) {
  return {
    leader_name: input.leaderName,
    leader_role: input.leaderRole,
    delegate_name: input.delegateName,
    frequency: input.frequency,
    weekday: input.weekday,
    month_weeks: JSON.stringify(input.frequency === 'monthly' ? [...input.monthWeeks].sort() : []),
    start_time: input.startTime,
    end_time: input.endTime,
    place: input.place,
    valid_from: input.validFrom,
    valid_to: input.validTo,
  };
}

/** Creates a rule, or edits one; an edit is audited field by field in the same transaction. */
export async function saveRule(ctx: ServiceContext, input: RuleInput): Promise<RuleView> {
  const now = toLocalIso(ctx.clock());
  return ctx.db.transaction().execute(async (trx) => {
    if (input.id === null) {
      const row = await trx
        .insertInto('schedule_rules')
        .values({ ...columns(input), created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      const view = toRuleView(row);
      await appendAudit(trx, ctx.actor, now, {
        action: 'schedule.rule.create',
        entity: 'schedule_rule',
        entityId: row.id,
        detail: view,
      });
      return view;
    }
    const before = await trx
      .selectFrom('schedule_rules')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (before === undefined)
      throw new AppError('NOT_FOUND', 'Không tìm thấy lịch tiếp này; hãy tải lại trang.');
    const row = await trx
      .updateTable('schedule_rules')
      .set({ ...columns(input), updated_at: now })
      .where('id', '=', input.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const changes = fieldChanges(toRuleView(before), toRuleView(row));
    if (changes.length > 0) {
      await appendAudit(trx, ctx.actor, now, {
        action: 'schedule.rule.update',
        entity: 'schedule_rule',
        entityId: row.id,
        detail: { changes },
      });
    }
    return toRuleView(row);
  });
}
