/**
 * Expands recurring reception rules into sittings: a sitting falling on a holiday or a weekend moves to
 * the next working day, and a sitting moved (or cancelled) by hand keeps the officer's choice.
 */
import { addDays, eachDay, isoWeekday, isWorkingDay, nextWorkingDay, weekdayOrdinal } from './dates';

export type Frequency = 'weekly' | 'monthly';

export interface RecurringRule {
  id: number;
  frequency: Frequency;
  /** 1 = thứ Hai … 7 = Chủ nhật. */
  weekday: number;
  /** Monthly rules: which occurrences of the weekday in the month (1–5). */
  monthWeeks: number[];
  validFrom: string;
  validTo: string | null;
}

/** A sitting moved by hand to another day, or cancelled (day null). */
export interface SittingOverride {
  ruleId: number;
  plannedDay: string;
  day: string | null;
}

export interface Sitting {
  ruleId: number;
  /** The day the rule gives. */
  plannedDay: string;
  /** The day the sitting takes place. */
  day: string;
  movedBy: 'holiday' | 'manual' | null;
}

/** How far before the range a planned day may lie and still be moved into it (Tết plus weekends). */
const LOOKBACK_DAYS = 21;

export function isPlannedDay(rule: RecurringRule, day: string): boolean {
  if (day < rule.validFrom || (rule.validTo !== null && day > rule.validTo)) return false;
  if (isoWeekday(day) !== rule.weekday) return false;
  return rule.frequency === 'weekly' || rule.monthWeeks.includes(weekdayOrdinal(day));
}

function place(
  rule: RecurringRule,
  plannedDay: string,
  holidays: ReadonlySet<string>,
  overrides: ReadonlyMap<string, string | null>,
): Sitting | null {
  const key = `${rule.id}|${plannedDay}`;
  if (overrides.has(key)) {
    const day = overrides.get(key) ?? null;
    return day === null ? null : { ruleId: rule.id, plannedDay, day, movedBy: 'manual' };
  }
  if (isWorkingDay(plannedDay, holidays))
    return { ruleId: rule.id, plannedDay, day: plannedDay, movedBy: null };
  return { ruleId: rule.id, plannedDay, day: nextWorkingDay(plannedDay, holidays), movedBy: 'holiday' };
}

/** Sittings of the rules whose actual day lies in [from, to], ordered by day then rule. */
export function expandRules(
  rules: readonly RecurringRule[],
  holidays: ReadonlySet<string>,
  overrides: readonly SittingOverride[],
  range: { from: string; to: string },
): Sitting[] {
  const overrideMap = new Map(overrides.map((o) => [`${o.ruleId}|${o.plannedDay}`, o.day]));
  const sittings: Sitting[] = [];
  for (const day of eachDay(addDays(range.from, -LOOKBACK_DAYS), range.to)) {
    for (const rule of rules) {
      if (!isPlannedDay(rule, day)) continue;
      const sitting = place(rule, day, holidays, overrideMap);
      if (sitting !== null && sitting.day >= range.from && sitting.day <= range.to) sittings.push(sitting);
    }
  }
  // Manual moves may carry a sitting from far outside the look-back window into the range.
  for (const override of overrides) {
    const isFar = override.plannedDay < addDays(range.from, -LOOKBACK_DAYS) || override.plannedDay > range.to;
    const isIn = override.day !== null && override.day >= range.from && override.day <= range.to;
    if (
      isFar &&
      isIn &&
      rules.some((r) => r.id === override.ruleId && isPlannedDay(r, override.plannedDay))
    ) {
      sittings.push({
        ruleId: override.ruleId,
        plannedDay: override.plannedDay,
        day: override.day!,
        movedBy: 'manual',
      });
    }
  }
  return sittings.sort((a, b) => a.day.localeCompare(b.day) || a.ruleId - b.ruleId);
}
