import { formatDmy, isoFromParts } from './iso-date';
import { formatPeriodSpec, parsePeriodSpec, PeriodSpecError } from './period-spec';
import type { PeriodKind, PeriodSpec } from './period-spec';
import type { ReportingRegime } from './regimes';
import { assertWeekStartDay, DEFAULT_WEEK_START_DAY, WEEKDAY_NAMES, weekRange, weeksInYear } from './weeks';
import type { WeekStartDay } from './weeks';

/** The rule that turns a period spec into dates. */
export interface ResolveOptions {
  /** Reporting regime: its cut-off day and National Assembly year start are used. */
  regime: ReportingRegime;
  /** First day of a week, 0 = Sunday … 6 = Saturday; default 5 (Friday). Only weeks use it. */
  weekStartDay?: number;
  /**
   * Calendar months instead of the statutory cut-off: 2024-Q2 = 01/04/2024 – 30/06/2024, 2024-Y = 01/01 –
   * 31/12. Only month, quarter, half-year, 9-month and year periods change; weeks, the National Assembly
   * year and custom ranges are the same either way.
   */
  calendar?: boolean;
}

/** A period turned into inclusive dates, carrying the rule it was resolved with (for "cùng kỳ"). */
export interface ResolvedPeriod {
  /** Canonical spec text: 2024-Q2, 2024-W05, 2024-01-01..2024-03-31. */
  spec: string;
  kind: PeriodKind;
  /** First day, 'yyyy-mm-dd'. */
  from: string;
  /** Last day, inclusive, 'yyyy-mm-dd'. */
  to: string;
  /** Vietnamese name for report headers: "Quý II năm 2024", "Tuần 23 năm 2024 (07/06/2024 – 13/06/2024)". */
  label: string;
  /** The dates as officers read them: "15/03/2024 – 14/06/2024". */
  rangeLabel: string;
  parsed: PeriodSpec;
  regime: ReportingRegime;
  weekStartDay: WeekStartDay;
  calendar: boolean;
}

/** Month-based periods as a span of the named year's months: 2024-Q2 → { year: 2024, first: 4, last: 6 }. */
export interface MonthSpan {
  year: number;
  first: number;
  last: number;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;

/** The months a month-based period is named after, or null for weeks, the National Assembly year and ranges. */
export function monthSpan(spec: PeriodSpec): MonthSpan | null {
  switch (spec.kind) {
    case 'month':
      return { year: spec.year, first: spec.month, last: spec.month };
    case 'quarter':
      return { year: spec.year, first: spec.quarter * 3 - 2, last: spec.quarter * 3 };
    case 'half-year':
      return spec.half === 1
        ? { year: spec.year, first: 1, last: 6 }
        : { year: spec.year, first: 7, last: 12 };
    case 'nine-months':
      return { year: spec.year, first: 1, last: 9 };
    case 'year':
      return { year: spec.year, first: 1, last: 12 };
    default:
      return null;
  }
}

/** Throws a RangeError when a regime's rule data cannot produce dates. */
export function assertRegimeRule(regime: ReportingRegime): void {
  const { cutoffDay, assemblyYearStartMonth } = regime;
  if (!Number.isInteger(cutoffDay) || cutoffDay < 2 || cutoffDay > 28) {
    throw new RangeError(`Chế độ ${regime.id}: ngày chốt số liệu phải từ 2 đến 28, nhận được ${cutoffDay}.`);
  }
  if (
    !Number.isInteger(assemblyYearStartMonth) ||
    assemblyYearStartMonth < 1 ||
    assemblyYearStartMonth > 12
  ) {
    throw new RangeError(`Chế độ ${regime.id}: tháng bắt đầu năm Quốc hội phải từ 1 đến 12.`);
  }
}

/**
 * Statutory rule (TT 01/2024, TT 06/2025 Art. 7): a span of months runs from the cut-off day of the month
 * before its first month to the day before the cut-off in its last month. With cut-off 15: 2024-M03 =
 * 15/02 – 14/03, 2024-Q1 = 15/12/2023 – 14/03/2024, 2024-Y = 15/12/2023 – 14/12/2024. Q1, 6 and 9 months and
 * the year all start on the same day. Calendar rule: first day of the first month to last day of the last.
 */
function monthSpanRange(span: MonthSpan, cutoffDay: number, calendar: boolean): { from: string; to: string } {
  if (calendar) {
    return { from: isoFromParts(span.year, span.first, 1), to: isoFromParts(span.year, span.last + 1, 0) };
  }
  return {
    from: isoFromParts(span.year, span.first - 1, cutoffDay),
    to: isoFromParts(span.year, span.last, cutoffDay - 1),
  };
}

function checkedWeekRange(spec: PeriodSpec & { kind: 'week' }, weekStartDay: WeekStartDay) {
  const weeks = weeksInYear(spec.year, weekStartDay);
  if (spec.week > weeks) {
    const reason = `năm ${spec.year} chỉ có ${weeks} tuần (tuần bắt đầu từ ${WEEKDAY_NAMES[weekStartDay]})`;
    throw new PeriodSpecError(formatPeriodSpec(spec), reason);
  }
  return weekRange(spec.year, spec.week, weekStartDay);
}

function periodRange(
  spec: PeriodSpec,
  regime: ReportingRegime,
  weekStartDay: WeekStartDay,
  calendar: boolean,
) {
  const span = monthSpan(spec);
  if (span) return monthSpanRange(span, regime.cutoffDay, calendar);
  switch (spec.kind) {
    case 'week':
      return checkedWeekRange(spec, weekStartDay);
    case 'assembly-year': {
      const start = regime.assemblyYearStartMonth;
      return { from: isoFromParts(spec.year - 1, start, 1), to: isoFromParts(spec.year, start, 0) };
    }
    case 'custom':
      return { from: spec.from, to: spec.to };
    default:
      throw new Error(`Unhandled period kind: ${spec.kind}`);
  }
}

/** The Vietnamese name of a period, given its resolved dates. */
export function periodLabel(spec: PeriodSpec, from: string, to: string): string {
  const range = `${formatDmy(from)} – ${formatDmy(to)}`;
  switch (spec.kind) {
    case 'week':
      return `Tuần ${spec.week} năm ${spec.year} (${range})`;
    case 'month':
      return `Tháng ${spec.month} năm ${spec.year}`;
    case 'quarter':
      return `Quý ${ROMAN[spec.quarter] ?? spec.quarter} năm ${spec.year}`;
    case 'half-year':
      return `6 tháng ${spec.half === 1 ? 'đầu' : 'cuối'} năm ${spec.year}`;
    case 'nine-months':
      return `9 tháng năm ${spec.year}`;
    case 'year':
      return `Năm ${spec.year}`;
    case 'assembly-year':
      return `Kỳ họp Quốc hội: ${range}`;
    case 'custom':
      return `Từ ngày ${formatDmy(from)} đến ngày ${formatDmy(to)}`;
  }
}

/**
 * Turns a period spec (text or parsed) into inclusive dates and a Vietnamese label, under a regime's
 * statutory cut-off (or calendar months with `calendar: true`) and a week start day.
 * @example resolvePeriod('2024-Q1', { regime }) → from '2023-12-15', to '2024-03-14', label 'Quý I năm 2024'
 * @throws PeriodSpecError for unreadable text or a week 53 the year does not have; RangeError for bad options.
 */
export function resolvePeriod(spec: PeriodSpec | string, options: ResolveOptions): ResolvedPeriod {
  // A parsed object is checked by a round trip through its text, so it obeys exactly the rules typed text does.
  const parsed = parsePeriodSpec(typeof spec === 'string' ? spec : formatPeriodSpec(spec));
  const weekStartDay = options.weekStartDay ?? DEFAULT_WEEK_START_DAY;
  assertWeekStartDay(weekStartDay);
  assertRegimeRule(options.regime);
  const calendar = options.calendar ?? false;
  const { from, to } = periodRange(parsed, options.regime, weekStartDay, calendar);
  return {
    spec: formatPeriodSpec(parsed),
    kind: parsed.kind,
    from,
    to,
    label: periodLabel(parsed, from, to),
    rangeLabel: `${formatDmy(from)} – ${formatDmy(to)}`,
    parsed,
    regime: options.regime,
    weekStartDay,
    calendar,
  };
}
