/**
 * Working days and hours in Vietnam (UTC+7): Monday to Friday, without the fixed public holidays and the
 * Tết week, 07:30–11:30 and 13:30–17:00. Times are kept as epoch seconds and written as
 * 'yyyy-mm-ddThh:mm:ss+07:00'.
 */
import { toLocalIso } from '../../../shared/domain/local-time';
import type { Rng } from './prng';

const DAY_MS = 86_400_000;
/** First day of Tết (lunar new year) for the years the data set spans. */
const TET = ['2021-02-12', '2022-02-01', '2023-01-22', '2024-02-10', '2025-01-29', '2026-02-17'];
const FIXED_HOLIDAYS = new Set(['01-01', '04-30', '05-01', '09-02']);

function tetDays(): Set<string> {
  const days = new Set<string>();
  for (const first of TET) {
    const start = Date.parse(`${first}T00:00:00Z`);
    for (let offset = -2; offset <= 4; offset++)
      days.add(new Date(start + offset * DAY_MS).toISOString().slice(0, 10));
  }
  return days;
}

/** Working days from `from` to `to` (yyyy-mm-dd, both included), as UTC-midnight epoch milliseconds. */
export function workingDays(from: string, to: string): number[] {
  const tet = tetDays();
  const days: number[] = [];
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= Date.parse(`${to}T00:00:00Z`); day += DAY_MS) {
    const date = new Date(day);
    const iso = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6 || FIXED_HOLIDAYS.has(iso.slice(5)) || tet.has(iso)) continue;
    days.push(day);
  }
  return days;
}

/** True when the working day (UTC-midnight ms) is a Thursday, the usual day of the head's reception. */
export function isThursday(day: number): boolean {
  return new Date(day).getUTCDay() === 4;
}

/** Seconds after local midnight within office hours; mornings are busier. */
export function drawSecondOfDay(rng: Rng): number {
  const morning = rng.chance(0.68);
  const start = morning ? 7.5 * 3600 : 13.5 * 3600;
  const length = morning ? 4 * 3600 : 3.5 * 3600;
  return start + Math.floor(rng.next() * length);
}

/** Epoch seconds of a local wall-clock moment: the working day (UTC-midnight ms) plus local seconds. */
export function localMoment(day: number, secondOfDay: number): number {
  return day / 1000 + secondOfDay - 7 * 3600;
}

/** '2024-03-05T08:30:12+07:00'. */
export function isoOf(epochSeconds: number): string {
  return toLocalIso(new Date(epochSeconds * 1000));
}
