/**
 * Plain calendar dates as 'yyyy-mm-dd' text. All arithmetic goes through UTC Date objects so the machine's
 * time zone never shifts a day; nothing here reads the clock.
 */

/** A calendar date split into numbers; month 1–12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * 'yyyy-mm-dd' from numbers. Month and day may overflow or underflow (month 0 = December of the year before,
 * day 0 = the last day of the previous month), the way Date.UTC normalises them.
 */
export function isoFromParts(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The numbers of a valid 'yyyy-mm-dd' date, or null when the text is not a real calendar date (2023-02-29). */
export function parseIsoDate(text: string): DateParts | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** The numbers of a date already known to be valid; throws on anything else (a programming error). */
export function dateParts(iso: string): DateParts {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`Ngày không hợp lệ: "${iso}" (cần dạng yyyy-mm-dd).`);
  return parts;
}

function toUtc(iso: string): Date {
  const { year, month, day } = dateParts(iso);
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** The date `days` days after (negative: before) `iso`. */
export function addDays(iso: string, days: number): string {
  const { year, month, day } = dateParts(iso);
  return isoFromParts(year, month, day + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / MS_PER_DAY);
}

/** Day of the week, JavaScript numbering: 0 = Sunday (Chủ nhật), 1 = Monday (thứ Hai) … 6 = Saturday. */
export function dayOfWeek(iso: string): number {
  return toUtc(iso).getUTCDay();
}

/** dd/mm/yyyy, the way dates are shown to officers. */
export function formatDmy(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

/**
 * The same day one year earlier; 29 February becomes 28 February (there is no other day to pick that stays
 * inside the same month).
 */
export function sameDayLastYear(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return isoFromParts(year - 1, month, Math.min(day, daysInMonth(year - 1, month)));
}
