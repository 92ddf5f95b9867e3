import { addDays, formatDmy, isoFromParts } from './iso-date';
import { formatPeriodSpec, parsePeriodSpec } from './period-spec';
import type { PeriodSpec } from './period-spec';
import { monthSpan, resolvePeriod } from './resolve-period';
import type { ResolvedPeriod } from './resolve-period';
import { DEFAULT_WEEK_START_DAY } from './weeks';

/** Ids of the reporting regimes shipped with the app. */
export type RegimeId = 'tt02-2021' | 'tt01-2024' | 'tt06-2025';

/**
 * A reporting regime (chế độ báo cáo) as data, so a corrected date or a new circular is a data change.
 * Ad hoc regimes (tests, older rules such as TT 03/2013 with cut-off 16) use the same shape with any id.
 */
export interface ReportingRegime {
  readonly id: string;
  /** The circular's name as printed: "Thông tư 06/2025/TT-TTCP". */
  readonly title: string;
  /** First day in force, 'yyyy-mm-dd'. */
  readonly effectiveFrom: string;
  /** Last day in force (inclusive), or null while current. */
  readonly effectiveTo: string | null;
  /**
   * Statutory cut-off (ngày chốt số liệu): a period starts on this day of the month before its first month
   * and ends the day before it in its last month. 15 → "15th → 14th"; TT 03/2013 used 16 → "16th → 15th".
   * 2–28, so the day exists in every month.
   */
  readonly cutoffDay: number;
  /** Month the National Assembly reporting year starts (8 → 01/08 of the year before → 31/07). */
  readonly assemblyYearStartMonth: number;
}

/**
 * The regimes since 2021, oldest first. Effective dates and cut-off days are data to check against the
 * official texts: TT 01/2024 and TT 06/2025 Art. 7 state the 15th → 14th cut-off [V]; for TT 02/2021 the
 * 15th is assumed (the practice TT 01/2024 carried on) and should be corrected here if the text says
 * otherwise. tt02-2021 from 01/07/2021 and tt01-2024 from 01/03/2024 are as given in the issue, unverified.
 */
export const REGIMES: readonly ReportingRegime[] = Object.freeze([
  Object.freeze({
    id: 'tt02-2021',
    title: 'Thông tư 02/2021/TT-TTCP',
    effectiveFrom: '2021-07-01',
    effectiveTo: '2024-02-29',
    cutoffDay: 15,
    assemblyYearStartMonth: 8,
  }),
  Object.freeze({
    id: 'tt01-2024',
    title: 'Thông tư 01/2024/TT-TTCP',
    effectiveFrom: '2024-03-01',
    effectiveTo: '2025-09-29',
    cutoffDay: 15,
    assemblyYearStartMonth: 8,
  }),
  Object.freeze({
    id: 'tt06-2025',
    title: 'Thông tư 06/2025/TT-TTCP',
    effectiveFrom: '2025-09-30',
    effectiveTo: null,
    cutoffDay: 15,
    assemblyYearStartMonth: 8,
  }),
]);

/** Whether `id` names one of the shipped regimes (REGIMES), e.g. a --regime option. */
export function isRegimeId(id: string): id is RegimeId {
  return REGIMES.some((regime) => regime.id === id);
}

/** The regime for current periods. */
export const CURRENT_REGIME_ID: RegimeId = 'tt06-2025';

/** Communes send their report by the 17th of the period's last month (TT 06/2025; same in TT 01/2024). */
export const REPORT_DUE_DAY = 17;

/** For periods that do not end on a statutory cut-off (weeks, ranges, National Assembly year): end + 3 days. */
export const REPORT_DUE_OFFSET_DAYS = 3;

/**
 * A regime by id (for a --regime option or a stored setting).
 * @throws RangeError listing the known ids.
 */
export function regimeById(id: string, regimes: readonly ReportingRegime[] = REGIMES): ReportingRegime {
  const regime = regimes.find((candidate) => candidate.id === id);
  if (!regime) {
    const known = regimes.map((candidate) => candidate.id).join(', ');
    throw new RangeError(`Không có chế độ báo cáo "${id}". Các chế độ hiện có: ${known}.`);
  }
  return regime;
}

/** The regime in force on a date, or undefined before the earliest one. */
export function regimeInForce(
  date: string,
  regimes: readonly ReportingRegime[] = REGIMES,
): ReportingRegime | undefined {
  return regimes.find(
    (regime) => regime.effectiveFrom <= date && (regime.effectiveTo === null || date <= regime.effectiveTo),
  );
}

/**
 * The date a period's report is due, which decides its default regime. Month-based periods: the 17th of the
 * last month named (= the statutory end, the 14th, + 3 days), whatever the regime or calendar option.
 * Weeks, the National Assembly year and custom ranges: their last day + 3 days.
 */
export function reportDueDate(
  spec: PeriodSpec | string,
  weekStartDay: number = DEFAULT_WEEK_START_DAY,
): string {
  const parsed = typeof spec === 'string' ? parsePeriodSpec(spec) : spec;
  const span = monthSpan(parsed);
  if (span) return isoFromParts(span.year, span.last, REPORT_DUE_DAY);
  const nominal = regimeById(CURRENT_REGIME_ID);
  const { to } = resolvePeriod(parsed, { regime: nominal, weekStartDay });
  return addDays(to, REPORT_DUE_OFFSET_DAYS);
}

/** Options for defaultRegimeFor. */
export interface DefaultRegimeOptions {
  /** Only weeks use it; a ResolvedPeriod brings its own. Default Friday. */
  weekStartDay?: number;
  /** The regime table; default REGIMES. */
  regimes?: readonly ReportingRegime[];
}

/**
 * The regime a period is reported under by default: the one in force on its report's due date
 * (reportDueDate). 2024-H1 (due 17/06/2024) → tt01-2024; 2025-Y (due 17/12/2025) → tt06-2025;
 * 2022-Y → tt02-2021; 2025-Q3 (due 17/09/2025) → tt01-2024.
 * @throws RangeError when the due date is before every regime in the table (pick one explicitly).
 */
export function defaultRegimeFor(
  period: PeriodSpec | ResolvedPeriod | string,
  options: DefaultRegimeOptions = {},
): ReportingRegime {
  const isResolved = typeof period !== 'string' && 'parsed' in period;
  const spec = isResolved ? period.parsed : period;
  const weekStartDay = isResolved ? period.weekStartDay : options.weekStartDay;
  const due = reportDueDate(spec, weekStartDay);
  const regimes = options.regimes ?? REGIMES;
  const regime = regimeInForce(due, regimes);
  if (!regime) {
    const name = typeof spec === 'string' ? spec : formatPeriodSpec(spec);
    throw new RangeError(
      `Không có chế độ báo cáo áp dụng cho kỳ ${name} (hạn báo cáo ${formatDmy(due)}); ` +
        'hãy chọn chế độ báo cáo cụ thể.',
    );
  }
  return regime;
}
