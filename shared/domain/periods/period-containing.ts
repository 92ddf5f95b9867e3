import { dateParts, parseIsoDate } from './iso-date';
import type { PeriodSpec } from './period-spec';
import { resolvePeriod } from './resolve-period';
import type { ResolvedPeriod, ResolveOptions } from './resolve-period';
import { assertWeekStartDay, DEFAULT_WEEK_START_DAY, weekContaining } from './weeks';

/** Period kinds that tile the timeline, so every date is in exactly one of them. */
export type TilingPeriodKind = 'week' | 'month' | 'quarter' | 'half-year' | 'year' | 'assembly-year';

/**
 * The month a date counts toward: under the statutory cut-off 15, 2024-12-20 counts toward January 2025
 * (2025-M01 = 15/12/2024 – 14/01/2025); with calendar months it is simply its own month.
 */
function reportingMonth(date: string, options: ResolveOptions): { year: number; month: number } {
  const { year, month, day } = dateParts(date);
  if (options.calendar || day < options.regime.cutoffDay) return { year, month };
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

function containingSpec(date: string, kind: TilingPeriodKind, options: ResolveOptions): PeriodSpec {
  if (kind === 'week') {
    const weekStartDay = options.weekStartDay ?? DEFAULT_WEEK_START_DAY;
    assertWeekStartDay(weekStartDay);
    return { kind, ...weekContaining(date, weekStartDay) };
  }
  if (kind === 'assembly-year') {
    const { year, month } = dateParts(date);
    return { kind, year: month >= options.regime.assemblyYearStartMonth ? year + 1 : year };
  }
  const { year, month } = reportingMonth(date, options);
  switch (kind) {
    case 'month':
      return { kind, year, month };
    case 'quarter':
      return { kind, year, quarter: Math.ceil(month / 3) };
    case 'half-year':
      return { kind, year, half: month <= 6 ? 1 : 2 };
    case 'year':
      return { kind, year };
  }
}

/**
 * The period of a kind that contains a date, under the same rule as resolvePeriod: the "current period"
 * for today's date, or the period a visit counts toward. Cumulative 9-month periods and custom ranges are
 * not offered (a date can be outside every 9-month period).
 * @example periodContaining('2024-12-20', 'year', { regime }) → 2025-Y (15/12/2024 – 14/12/2025)
 * @throws RangeError for a date that is not 'yyyy-mm-dd'.
 */
export function periodContaining(
  date: string,
  kind: TilingPeriodKind,
  options: ResolveOptions,
): ResolvedPeriod {
  if (!parseIsoDate(date)) throw new RangeError(`Ngày không hợp lệ: "${date}" (cần dạng yyyy-mm-dd).`);
  return resolvePeriod(containingSpec(date, kind, options), options);
}
