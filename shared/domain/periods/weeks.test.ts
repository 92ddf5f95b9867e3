import { describe, expect, it } from 'vitest';

import { addDays, dateParts, daysBetween } from './iso-date';
import { regimeById } from './regimes';
import { resolvePeriod } from './resolve-period';
import { firstWeekStart, weekContaining, weekRange, weeksInYear } from './weeks';
import type { WeekStartDay } from './weeks';

const regime = regimeById('tt06-2025');

describe('weeks: week 1 is the first week starting in the year', () => {
  const cases: Array<[string, WeekStartDay, string, string]> = [
    ['2024-W01', 5, '2024-01-05', '2024-01-11'],
    ['2024-W23', 5, '2024-06-07', '2024-06-13'],
    ['2024-W52', 5, '2024-12-27', '2025-01-02'],
    ['2025-W01', 5, '2025-01-03', '2025-01-09'],
    ['2021-W01', 5, '2021-01-01', '2021-01-07'],
    ['2021-W53', 5, '2021-12-31', '2022-01-06'],
    ['2020-W52', 5, '2020-12-25', '2020-12-31'],
    ['2026-W01', 5, '2026-01-02', '2026-01-08'],
    ['2024-W01', 1, '2024-01-01', '2024-01-07'],
    ['2024-W09', 4, '2024-02-29', '2024-03-06'],
    ['2023-W01', 0, '2023-01-01', '2023-01-07'],
    ['2023-W53', 0, '2023-12-31', '2024-01-06'],
  ];

  it.each(cases)('%s starting on day %i = %s … %s', (spec, weekStartDay, from, to) => {
    expect(resolvePeriod(spec, { regime, weekStartDay })).toMatchObject({ from, to });
  });

  it.each([
    [2020, 5, 52],
    [2021, 5, 53],
    [2024, 5, 52],
    [2023, 0, 53],
    [2024, 1, 53],
    [2025, 1, 52],
  ] as Array<[number, WeekStartDay, number]>)('weeksInYear(%i, %i) = %i', (year, weekStartDay, weeks) => {
    expect(weeksInYear(year, weekStartDay)).toBe(weeks);
  });

  it.each([
    ['2025-01-01', 2024, 52],
    ['2025-01-02', 2024, 52],
    ['2025-01-03', 2025, 1],
    ['2022-01-06', 2021, 53],
    ['2024-06-10', 2024, 23],
  ])('weekContaining(%s) = %i week %i (Friday start)', (date, year, week) => {
    expect(weekContaining(date, 5)).toEqual({ year, week });
  });

  it('puts every day of 2019–2031 in exactly the week that contains it, for every start day', () => {
    for (let weekStartDay = 0; weekStartDay <= 6; weekStartDay += 1) {
      const start = weekStartDay as WeekStartDay;
      for (let date = '2019-01-01'; date <= '2031-12-31'; date = addDays(date, 1)) {
        const { year, week } = weekContaining(date, start);
        expect(week).toBeGreaterThanOrEqual(1);
        expect(week).toBeLessThanOrEqual(weeksInYear(year, start));
        const range = weekRange(year, week, start);
        expect(date >= range.from && date <= range.to).toBe(true);
      }
      for (let year = 2019; year <= 2031; year += 1) {
        const first = firstWeekStart(year, start);
        expect(dateParts(first).year).toBe(year);
        expect(daysBetween(`${year}-01-01`, first)).toBeLessThan(7);
      }
    }
  });
});
