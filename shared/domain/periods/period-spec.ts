import { formatDmy, parseIsoDate } from './iso-date';

/** The kinds of reporting period the app knows. */
export type PeriodKind =
  | 'week'
  | 'month'
  | 'quarter'
  | 'half-year'
  | 'nine-months'
  | 'year'
  | 'assembly-year'
  | 'custom';

/**
 * A period as the user named it, before any rule (regime, week start day, calendar or statutory) turns it
 * into dates. `year` is the year the period is named after: 2024-Q1 is "Quý I năm 2024" even though its
 * statutory range starts on 15/12/2023; 2024-QH is the National Assembly year ending 31/07/2024.
 */
export type PeriodSpec =
  | { kind: 'week'; year: number; week: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'half-year'; year: number; half: 1 | 2 }
  | { kind: 'nine-months'; year: number }
  | { kind: 'year'; year: number }
  | { kind: 'assembly-year'; year: number }
  | { kind: 'custom'; from: string; to: string };

/** Every accepted form, quoted in each error so the officer sees what to type instead. */
export const ACCEPTED_PERIOD_FORMS =
  '2024-W23 (tuần 23), 2024-M05 (tháng 5), 2024-Q2 (quý II), 2024-H1 (6 tháng đầu năm), ' +
  '2024-H2 (6 tháng cuối năm), 2024-9M (9 tháng), 2024-Y (năm), ' +
  '2024-QH (năm Quốc hội, 01/08/2023 – 31/07/2024), 2024-01-01..2024-03-31 (từ ngày … đến ngày …)';

/** A period the user typed that cannot be understood; the message is Vietnamese and lists the accepted forms. */
export class PeriodSpecError extends Error {
  /** The text (or canonical spec) that was refused. */
  readonly input: string;
  /** Why, without the list of forms: "Quý phải từ 1 đến 4". */
  readonly reason: string;

  constructor(input: string, reason: string) {
    super(
      `Kỳ báo cáo "${input}" không hợp lệ: ${reason}. Các dạng được chấp nhận: ${ACCEPTED_PERIOD_FORMS}.`,
    );
    this.name = 'PeriodSpecError';
    this.input = input;
    this.reason = reason;
  }
}

const CUSTOM_RANGE = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/;
const NUMBERED = /^(\d{4})-(W|M|Q|H)(\d{1,2})$/;
const WHOLE = /^(\d{4})-(9M|Y|QH)$/;

function checkRange(input: string, value: number, max: number, reason: string): number {
  if (value < 1 || value > max) throw new PeriodSpecError(input, reason);
  return value;
}

function parseCustom(input: string, fromText: string, toText: string): PeriodSpec {
  for (const text of [fromText, toText]) {
    if (!parseIsoDate(text)) throw new PeriodSpecError(input, `ngày "${text}" không có trong lịch`);
  }
  if (fromText > toText) {
    const reason = `ngày bắt đầu ${formatDmy(fromText)} ở sau ngày kết thúc ${formatDmy(toText)}`;
    throw new PeriodSpecError(input, reason);
  }
  return { kind: 'custom', from: fromText, to: toText };
}

function parseNumbered(input: string, year: number, letter: string, value: number): PeriodSpec {
  switch (letter) {
    case 'W':
      return { kind: 'week', year, week: checkRange(input, value, 53, 'tuần phải từ 01 đến 53') };
    case 'M':
      return { kind: 'month', year, month: checkRange(input, value, 12, 'tháng phải từ 01 đến 12') };
    case 'Q':
      return { kind: 'quarter', year, quarter: checkRange(input, value, 4, 'quý phải từ 1 đến 4') };
    default: {
      const reason = 'nửa năm chỉ có H1 (6 tháng đầu năm) và H2 (6 tháng cuối năm)';
      return { kind: 'half-year', year, half: checkRange(input, value, 2, reason) as 1 | 2 };
    }
  }
}

function checkYear(input: string, yearText: string): number {
  const year = Number(yearText);
  if (year < 1000) throw new PeriodSpecError(input, `năm ${yearText} không hợp lệ`);
  return year;
}

/**
 * Reads a period as typed on the command line or in a filter box (case-insensitive, surrounding spaces
 * ignored): 2024-W23, 2024-M05, 2024-Q2, 2024-H1, 2024-H2, 2024-9M, 2024-Y, 2024-QH, 2024-01-01..2024-03-31.
 * Week 53 is accepted here; whether the year has one depends on the week start day (see resolvePeriod).
 * @throws PeriodSpecError with a Vietnamese message listing the accepted forms.
 */
export function parsePeriodSpec(text: string): PeriodSpec {
  const input = text.trim().toUpperCase();
  const custom = CUSTOM_RANGE.exec(input);
  if (custom) return parseCustom(text.trim(), custom[1] ?? '', custom[2] ?? '');
  const numbered = NUMBERED.exec(input);
  if (numbered) {
    const year = checkYear(text.trim(), numbered[1] ?? '');
    return parseNumbered(text.trim(), year, numbered[2] ?? '', Number(numbered[3]));
  }
  const whole = WHOLE.exec(input);
  if (whole) {
    const year = checkYear(text.trim(), whole[1] ?? '');
    if (whole[2] === '9M') return { kind: 'nine-months', year };
    return whole[2] === 'Y' ? { kind: 'year', year } : { kind: 'assembly-year', year };
  }
  throw new PeriodSpecError(text.trim(), 'không nhận ra dạng kỳ báo cáo');
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** The canonical text of a period, the inverse of parsePeriodSpec: 2024-W05, 2024-M05, 2024-Q2, 2024-QH … */
export function formatPeriodSpec(spec: PeriodSpec): string {
  switch (spec.kind) {
    case 'week':
      return `${spec.year}-W${pad2(spec.week)}`;
    case 'month':
      return `${spec.year}-M${pad2(spec.month)}`;
    case 'quarter':
      return `${spec.year}-Q${spec.quarter}`;
    case 'half-year':
      return `${spec.year}-H${spec.half}`;
    case 'nine-months':
      return `${spec.year}-9M`;
    case 'year':
      return `${spec.year}-Y`;
    case 'assembly-year':
      return `${spec.year}-QH`;
    case 'custom':
      return `${spec.from}..${spec.to}`;
  }
}
