import {
  assertWeekStartDay,
  DEFAULT_WEEK_START_DAY,
  formatDmy,
  formatPeriodSpec,
  WEEKDAY_NAMES,
  weekContaining,
  weekRange,
  weeksInYear,
  periodContaining,
  regimeById,
  CURRENT_REGIME_ID,
  type PeriodSpec,
} from '../../../../shared/domain/periods';

/** The presets of the period picker. */
export const PRESETS = [
  { value: 'week', label: 'Tuần' },
  { value: 'month', label: 'Tháng' },
  { value: 'quarter', label: 'Quý' },
  { value: 'h1', label: '6 tháng đầu năm' },
  { value: 'h2', label: '6 tháng cuối năm' },
  { value: '9m', label: '9 tháng' },
  { value: 'year', label: 'Năm' },
  { value: 'assembly', label: 'Năm Quốc hội (01/8 – 31/7)' },
  { value: 'custom', label: 'Từ ngày … đến ngày …' },
] as const;
export type Preset = (typeof PRESETS)[number]['value'];

/** What the picker holds; `number` is the week, month or quarter. */
export interface PeriodChoice {
  preset: Preset;
  year: number;
  number: number;
  from: string;
  to: string;
}

/** The setting's week start day if valid, else Friday. */
function weekStart(day: number) {
  try {
    assertWeekStartDay(day);
    return day;
  } catch {
    return DEFAULT_WEEK_START_DAY;
  }
}

/** The largest `number` a preset takes (0: none); weeks: 52 or 53 in `year` with the office's week start. */
export function numberLimit(preset: Preset, year: number, weekStartDay: number): number {
  if (preset === 'week') return weeksInYear(year, weekStart(weekStartDay));
  return preset === 'month' ? 12 : preset === 'quarter' ? 4 : 0;
}

/** "Thứ Hai 03/06/2024 – Chủ nhật 09/06/2024": the dates of the chosen week, or '' outside the year's weeks. */
export function weekDatesLabel(year: number, week: number, weekStartDay: number): string {
  const start = weekStart(weekStartDay);
  if (!Number.isInteger(week) || week < 1 || week > weeksInYear(year, start)) return '';
  const { from, to } = weekRange(year, week, start);
  return `${WEEKDAY_NAMES[start]} ${formatDmy(from)} – ${WEEKDAY_NAMES[(start + 6) % 7]} ${formatDmy(to)}`;
}

/** The week containing `today` (year and number), with the office's week start day. */
export function currentWeek(today: string, weekStartDay: number): { year: number; number: number } {
  const { year, week } = weekContaining(today, weekStart(weekStartDay));
  return { year, number: week };
}

/** The period spec the engine reads ("2024-H1", "2024-M05", "2024-01-01..2024-03-31"). */
export function choiceToSpec(choice: PeriodChoice): string {
  const { year, number } = choice;
  const specs: Record<Preset, PeriodSpec> = {
    week: { kind: 'week', year, week: number },
    month: { kind: 'month', year, month: number },
    quarter: { kind: 'quarter', year, quarter: number },
    h1: { kind: 'half-year', year, half: 1 },
    h2: { kind: 'half-year', year, half: 2 },
    '9m': { kind: 'nine-months', year },
    year: { kind: 'year', year },
    assembly: { kind: 'assembly-year', year },
    custom: { kind: 'custom', from: choice.from, to: choice.to },
  };
  return formatPeriodSpec(specs[choice.preset]);
}

/** Starts on the statutory month containing today (15th → 14th). */
export function initialChoice(today: string): PeriodChoice {
  const month = periodContaining(today, 'month', { regime: regimeById(CURRENT_REGIME_ID) });
  const parsed = month.parsed;
  const number = parsed.kind === 'month' ? parsed.month : 1;
  const year = parsed.kind === 'month' ? parsed.year : Number(today.slice(0, 4));
  return { preset: 'month', year, number, from: month.from, to: month.to };
}
