import type { Kysely } from 'kysely';
import type { ComplianceView } from '../../../../shared/contract/schedule';
import { foldText } from '../../../../shared/domain/text-fold';
import { complianceUnits } from '../../../../shared/domain/schedule/compliance';
import type { LeaderRole, MinimumRule } from '../../../../shared/domain/schedule/minimum-rules';
import type { DB } from '../../db/schema';
import { listRules } from './rules';

async function minimumRules(db: Kysely<DB>): Promise<MinimumRule[]> {
  const rows = await db.selectFrom('reception_minimums').selectAll().orderBy('effective_from').execute();
  return rows.map((row) => ({
    leaderRole: row.leader_role as LeaderRole,
    per: row.per,
    minDays: row.min_days,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    basis: row.basis,
  }));
}

/**
 * Per leader with a schedule: the legal minimum per week or month and the days announced (published
 * sittings they hold in person) and held (sessions they presided in person, scheduled or ad hoc).
 */
export async function complianceReport(
  db: Kysely<DB>,
  range: { from: string; to: string },
): Promise<ComplianceView[]> {
  const rules = await listRules(db);
  const minimums = await minimumRules(db);
  const leaders = new Map<string, { name: string; role: LeaderRole; ruleIds: number[] }>();
  for (const rule of rules) {
    const key = `${foldText(rule.leaderName)}|${rule.leaderRole}`;
    const leader = leaders.get(key) ?? { name: rule.leaderName, role: rule.leaderRole, ruleIds: [] };
    if (rule.delegateName === null) leader.ruleIds.push(rule.id);
    leaders.set(key, leader);
  }
  const sessions = await db
    .selectFrom('reception_sessions')
    .select(['held_on', 'presided_by'])
    .where('held_on', '>=', range.from)
    .where('held_on', '<=', range.to)
    .where('kind', 'in', ['dinh_ky', 'dot_xuat'])
    .execute();
  const views: ComplianceView[] = [];
  for (const leader of leaders.values()) {
    const announced =
      leader.ruleIds.length === 0
        ? []
        : await db
            .selectFrom('schedule_days')
            .select('day')
            .where('rule_id', 'in', leader.ruleIds)
            .where('published_at', 'is not', null)
            .where('day', '>=', range.from)
            .where('day', '<=', range.to)
            .execute();
    const held = sessions
      .filter((s) => foldText(s.presided_by) === foldText(leader.name))
      .map((s) => s.held_on);
    views.push({
      leaderName: leader.name,
      leaderRole: leader.role,
      units: complianceUnits(
        minimums,
        leader.role,
        range,
        announced.map((row) => row.day!),
        held,
      ),
    });
  }
  return views;
}
