/**
 * Compliance of one leader with the legal minimum over a period: per week or month (as the dated rule in
 * force says), the minimum, the announced days and the days actually held. Units cut by the period's ends
 * or by a change of rule are partial and not judged.
 */
import { addDays, eachDay, monthEnd, monthStart, weekStart } from './dates';
import type { LeaderRole, MinimumPer, MinimumRule } from './minimum-rules';

export interface ComplianceUnit {
  from: string;
  to: string;
  per: MinimumPer;
  minDays: number;
  basis: string;
  announced: number;
  held: number;
  isPartial: boolean;
  /** Held days reach the minimum; null for a partial unit. */
  isMet: boolean | null;
}

function ruleOn(rules: readonly MinimumRule[], role: LeaderRole, day: string): MinimumRule | null {
  return (
    rules.find(
      (rule) =>
        rule.leaderRole === role &&
        rule.effectiveFrom <= day &&
        (rule.effectiveTo === null || day <= rule.effectiveTo),
    ) ?? null
  );
}

function naturalSpan(per: MinimumPer, day: string): { from: string; to: string } {
  if (per === 'month') return { from: monthStart(day), to: monthEnd(day) };
  const from = weekStart(day);
  return { from, to: addDays(from, 6) };
}

function countIn(days: ReadonlySet<string>, from: string, to: string): number {
  let count = 0;
  for (const day of days) if (day >= from && day <= to) count += 1;
  return count;
}

/** One unit per week or month of the period under the rule in force; leaders without a rule get none. */
export function complianceUnits(
  rules: readonly MinimumRule[],
  role: LeaderRole,
  range: { from: string; to: string },
  announcedDays: readonly string[],
  heldDays: readonly string[],
): ComplianceUnit[] {
  const announced = new Set(announcedDays);
  const held = new Set(heldDays);
  const units: ComplianceUnit[] = [];
  let current: { rule: MinimumRule; key: string; from: string; to: string } | null = null;
  const flush = () => {
    if (current === null) return;
    const span = naturalSpan(current.rule.per, current.from);
    const isPartial = current.from !== span.from || current.to !== span.to;
    const heldCount = countIn(held, current.from, current.to);
    units.push({
      from: current.from,
      to: current.to,
      per: current.rule.per,
      minDays: current.rule.minDays,
      basis: current.rule.basis,
      announced: countIn(announced, current.from, current.to),
      held: heldCount,
      isPartial,
      isMet: isPartial ? null : heldCount >= current.rule.minDays,
    });
  };
  for (const day of eachDay(range.from, range.to)) {
    const rule = ruleOn(rules, role, day);
    const key = rule === null ? '' : `${rule.effectiveFrom}|${naturalSpan(rule.per, day).from}`;
    if (current !== null && current.rule === rule && current.key === key) {
      current.to = day;
      continue;
    }
    flush();
    current = rule === null ? null : { rule, key, from: day, to: day };
  }
  flush();
  return units;
}
