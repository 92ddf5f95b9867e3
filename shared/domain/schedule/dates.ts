/** Calendar arithmetic on 'yyyy-mm-dd' local dates, done in UTC so the machine's time zone never matters. */

function toUtc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, count: number): string {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + count);
  return fromUtc(date);
}

/** ISO weekday: 1 = thứ Hai (Monday) … 7 = Chủ nhật (Sunday). */
export function isoWeekday(day: string): number {
  const weekday = toUtc(day).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function isWeekend(day: string): boolean {
  return isoWeekday(day) >= 6;
}

/** Every date from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** First day of the month of a date. */
export function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** Last day of the month of a date. */
export function monthEnd(day: string): string {
  const date = toUtc(monthStart(day));
  date.setUTCMonth(date.getUTCMonth() + 1);
  date.setUTCDate(0);
  return fromUtc(date);
}

/** Monday of the ISO week of a date. */
export function weekStart(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** Which occurrence of its weekday in its month a date is: the 1st … 5th. */
export function weekdayOrdinal(day: string): number {
  return Math.floor((Number(day.slice(8, 10)) - 1) / 7) + 1;
}

/** A working day: Monday to Friday and not a holiday. */
export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(day) && !holidays.has(day);
}

/** The day itself when it is a working day, otherwise the next working day. */
export function nextWorkingDay(day: string, holidays: ReadonlySet<string>): string {
  let candidate = day;
  while (!isWorkingDay(candidate, holidays)) candidate = addDays(candidate, 1);
  return candidate;
}

export const WEEKDAY_LABELS: Record<number, string> = {
  1: 'Thứ Hai',
  2: 'Thứ Ba',
  3: 'Thứ Tư',
  4: 'Thứ Năm',
  5: 'Thứ Sáu',
  6: 'Thứ Bảy',
  7: 'Chủ nhật',
};
