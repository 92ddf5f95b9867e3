import { addDays, dateParts, dayOfWeek, daysBetween, isoFromParts } from './iso-date';

/**
 * Week numbering, chosen because it is the easiest to explain at the desk:
 *
 * **Week 1 of a year is the first week that starts in that year** ("tuần 1 là tuần bắt đầu từ ngày thứ Sáu
 * đầu tiên của năm" with the default Friday start). A week belongs to, and is named after, the year of its
 * first day; the first days of January before that start day belong to the last week of the year before.
 * So every week has exactly 7 days, a year has 52 or 53 weeks, and the week number only depends on the
 * date the week starts.
 *
 * Example (Friday start): 2024-W01 = 05/01/2024 – 11/01/2024, 2024-W23 = 07/06/2024 – 13/06/2024,
 * 2024-W52 = 27/12/2024 – 02/01/2025 (the last week crosses into 2025), 2025-W01 = 03/01/2025 – 09/01/2025.
 *
 * Week start days use JavaScript numbering: 0 = Chủ nhật (Sunday), 1 = thứ Hai … 5 = thứ Sáu, 6 = thứ Bảy.
 */
export type WeekStartDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Default week start: Friday, as the central reception office's weekly bulletins run Friday → Thursday. */
export const DEFAULT_WEEK_START_DAY: WeekStartDay = 5;

/** Vietnamese names of the week days, index = JavaScript day number. */
export const WEEKDAY_NAMES = [
  'Chủ nhật',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
] as const;

/** Throws a RangeError unless `day` is a whole number 0–6. */
export function assertWeekStartDay(day: number): asserts day is WeekStartDay {
  if (!Number.isInteger(day) || day < 0 || day > 6) {
    throw new RangeError(`Ngày bắt đầu tuần phải là số từ 0 (Chủ nhật) đến 6 (Thứ Bảy), nhận được ${day}.`);
  }
}

/** The first day of week 1 of `year`: the first `weekStartDay` on or after 1 January. */
export function firstWeekStart(year: number, weekStartDay: WeekStartDay): string {
  const newYear = isoFromParts(year, 1, 1);
  return addDays(newYear, (weekStartDay - dayOfWeek(newYear) + 7) % 7);
}

/** How many weeks (52 or 53) start in `year`. */
export function weeksInYear(year: number, weekStartDay: WeekStartDay): number {
  const span = daysBetween(firstWeekStart(year, weekStartDay), firstWeekStart(year + 1, weekStartDay));
  return span / 7;
}

/**
 * First and last day (inclusive) of a week. Does not check the week exists; see weeksInYear.
 */
export function weekRange(
  year: number,
  week: number,
  weekStartDay: WeekStartDay,
): { from: string; to: string } {
  const from = addDays(firstWeekStart(year, weekStartDay), (week - 1) * 7);
  return { from, to: addDays(from, 6) };
}

/** The week a date falls in: 2025-01-02 with a Friday start is week 52 of 2024. */
export function weekContaining(date: string, weekStartDay: WeekStartDay): { year: number; week: number } {
  const start = addDays(date, -((dayOfWeek(date) - weekStartDay + 7) % 7));
  const { year } = dateParts(start);
  return { year, week: daysBetween(firstWeekStart(year, weekStartDay), start) / 7 + 1 };
}
