/**
 * Parsers for the free-form cells of a register row: the reception date and time, the birth year and the
 * headcount. Each returns the value or a Vietnamese message saying what to write instead.
 */
import { formatLocalDateTime, toLocalIso } from '../../../../shared/domain/local-time';

/** A parsed value, or the message for the officer. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Registers kept before this are not imported: they predate every reporting regime the app knows. */
const EARLIEST = '1990-01-01T00:00:00';
const MAX_HEADCOUNT = 10_000;

const TIME = String.raw`(\d{1,2})(?::(\d{2})(?::(\d{2}))?|[hg](\d{2})?)`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+${TIME})?$`, 'i');
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T]+${TIME})?$`, 'i');

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Splits "05/03/2024 8:30", "2024-03-05T08:30:00" or "05-03-2024 8h30" into numbers; null otherwise. */
function splitDate(text: string): DateParts | null {
  const dayFirst = DAY_FIRST.exec(text);
  const yearFirst = dayFirst === null ? YEAR_FIRST.exec(text) : null;
  const match = dayFirst ?? yearFirst;
  if (match === null) return null;
  const [day, month, year] =
    dayFirst !== null ? [match[1], match[2], match[3]] : [match[3], match[2], match[1]];
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? match[7] ?? 0),
    second: Number(match[6] ?? 0),
  };
}

function isCalendarDate({ year, month, day }: DateParts): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The reception time as ISO-8601 with +07:00. Accepts dd/mm/yyyy (also with - or .) and yyyy-mm-dd, each
 * optionally followed by a time (08:30, 08:30:15, 8h30). The date must exist, be from 1990 on and not be
 * later than `now` (compared on Vietnamese wall-clock time).
 */
export function parseReceivedAt(text: string, caption: string, now: Date): FieldResult<string> {
  const prefix = `Cột "${caption}":`;
  if (text === '') {
    return {
      ok: false,
      message: `${prefix} chưa có ngày tiếp; hãy ghi ngày theo dạng dd/mm/yyyy, ví dụ 05/03/2024.`,
    };
  }
  const parts = splitDate(text.replace(/\s+/g, ' '));
  if (parts === null) {
    const example = 'có thể thêm giờ hh:mm, ví dụ 05/03/2024 08:30';
    return {
      ok: false,
      message: `${prefix} "${text}" không phải ngày hợp lệ; hãy ghi ngày theo dạng dd/mm/yyyy hoặc yyyy-mm-dd, ${example}.`,
    };
  }
  if (!isCalendarDate(parts)) {
    const order = 'hãy ghi ngày trước, tháng sau (dd/mm/yyyy) và kiểm tra lại';
    return { ok: false, message: `${prefix} ngày "${text}" không có trên lịch; ${order}.` };
  }
  if (parts.hour > 23 || parts.minute > 59 || parts.second > 59) {
    return {
      ok: false,
      message: `${prefix} giờ trong "${text}" không hợp lệ; hãy ghi giờ từ 00:00 đến 23:59.`,
    };
  }
  const local =
    `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}` +
    `T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`;
  return checkRange(local, text, prefix, now);
}

function checkRange(local: string, text: string, prefix: string, now: Date): FieldResult<string> {
  const nowIso = toLocalIso(now);
  if (local < EARLIEST) {
    return {
      ok: false,
      message: `${prefix} ngày "${text}" trước năm 1990; hãy kiểm tra lại năm (ghi đủ 4 chữ số).`,
    };
  }
  if (local > nowIso.slice(0, 19)) {
    const nowText = formatLocalDateTime(nowIso);
    return {
      ok: false,
      message: `${prefix} ngày "${text}" ở sau thời điểm hiện tại (${nowText}); hãy kiểm tra lại ngày tiếp.`,
    };
  }
  return { ok: true, value: `${local}+07:00` };
}

/** A four-digit birth year between 1900 and the current year; null for a blank cell. */
export function parseBirthYear(
  text: string,
  caption: string,
  currentYear: number,
): FieldResult<number | null> {
  if (text === '') return { ok: true, value: null };
  if (!/^\d{4}$/.test(text)) {
    return {
      ok: false,
      message: `Cột "${caption}": "${text}" không phải năm sinh hợp lệ; hãy ghi năm bằng 4 chữ số, ví dụ 1975.`,
    };
  }
  const year = Number(text);
  if (year < 1900 || year > currentYear) {
    return {
      ok: false,
      message: `Cột "${caption}": năm sinh ${year} không hợp lý; hãy ghi năm từ 1900 đến ${currentYear}.`,
    };
  }
  return { ok: true, value: year };
}

/** Persons received in the visit: a whole number from 1 to 10000; 1 when the cell is blank. */
export function parseHeadcount(text: string, caption: string): FieldResult<number> {
  if (text === '') return { ok: true, value: 1 };
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= 1 && value <= MAX_HEADCOUNT)) {
    return {
      ok: false,
      message:
        `Cột "${caption}": "${text}" không phải số người hợp lệ; hãy ghi một số nguyên từ 1 đến ` +
        `${MAX_HEADCOUNT} (để trống nếu chỉ có 1 người).`,
    };
  }
  return { ok: true, value };
}
