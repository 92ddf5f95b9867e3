import { sameDayLastYear } from './iso-date';
import type { PeriodSpec } from './period-spec';
import { resolvePeriod } from './resolve-period';
import type { ResolvedPeriod } from './resolve-period';
import { weeksInYear } from './weeks';
import type { WeekStartDay } from './weeks';

/**
 * The spec of the same period one year earlier: 2024-Q2 → 2023-Q2, 2024-QH → 2023-QH. A week keeps its
 * number, except week 53 when the year before has only 52 (then its week 52). A custom range moves each end
 * back one year, 29 February becoming 28 February.
 */
export function previousYearSpec(spec: PeriodSpec, weekStartDay: WeekStartDay): PeriodSpec {
  switch (spec.kind) {
    case 'custom':
      return { kind: 'custom', from: sameDayLastYear(spec.from), to: sameDayLastYear(spec.to) };
    case 'week': {
      const year = spec.year - 1;
      return { kind: 'week', year, week: Math.min(spec.week, weeksInYear(year, weekStartDay)) };
    }
    default:
      return { ...spec, year: spec.year - 1 };
  }
}

/**
 * "Cùng kỳ": the same period one year earlier, resolved under the same rule (regime cut-off, calendar
 * option, week start day) as the given one, so a comparison never mixes rules.
 * @example samePeriodLastYear(resolvePeriod('2024-H1', { regime })) → 2023-H1, 15/12/2022 – 14/06/2023
 */
export function samePeriodLastYear(period: ResolvedPeriod): ResolvedPeriod {
  return resolvePeriod(previousYearSpec(period.parsed, period.weekStartDay), {
    regime: period.regime,
    weekStartDay: period.weekStartDay,
    calendar: period.calendar,
  });
}
