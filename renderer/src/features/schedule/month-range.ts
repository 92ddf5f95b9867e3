import { monthEnd } from '../../../../shared/domain/schedule/dates';

/** First and last day of a month typed as yyyy-mm. */
export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  return { from, to: monthEnd(from) };
}

/** The weeks (Monday first) of a month as rows of 7 dates; days outside the month are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const { from, to } = monthRange(month);
  const first = new Date(`${from}T00:00:00Z`);
  const offset = (first.getUTCDay() + 6) % 7;
  const days: (string | null)[] = Array.from({ length: offset }, () => null);
  for (let day = 1; day <= Number(to.slice(8)); day += 1)
    days.push(`${month}-${String(day).padStart(2, '0')}`);
  while (days.length % 7 !== 0) days.push(null);
  return Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7));
}
