import { describe, expect, it } from 'vitest';

import { addDays } from './iso-date';
import { periodContaining } from './period-containing';
import type { TilingPeriodKind } from './period-containing';
import { regimeById } from './regimes';

const regime = regimeById('tt06-2025');

describe('periodContaining', () => {
  const cases: Array<[string, TilingPeriodKind, boolean, string]> = [
    ['2024-02-20', 'month', false, '2024-M03'],
    ['2024-02-14', 'month', false, '2024-M02'],
    ['2024-12-15', 'month', false, '2025-M01'],
    ['2024-02-20', 'month', true, '2024-M02'],
    ['2024-03-14', 'quarter', false, '2024-Q1'],
    ['2024-03-15', 'quarter', false, '2024-Q2'],
    ['2024-12-20', 'quarter', false, '2025-Q1'],
    ['2024-12-20', 'quarter', true, '2024-Q4'],
    ['2024-06-14', 'half-year', false, '2024-H1'],
    ['2024-06-15', 'half-year', false, '2024-H2'],
    ['2024-12-14', 'year', false, '2024-Y'],
    ['2024-12-15', 'year', false, '2025-Y'],
    ['2024-12-20', 'year', true, '2024-Y'],
    ['2024-07-31', 'assembly-year', false, '2024-QH'],
    ['2024-08-01', 'assembly-year', false, '2025-QH'],
    ['2025-01-01', 'week', false, '2024-W52'],
    ['2025-01-03', 'week', false, '2025-W01'],
  ];

  it.each(cases)('%s, %s (calendar %s) → %s', (date, kind, calendar, spec) => {
    expect(periodContaining(date, kind, { regime, calendar }).spec).toBe(spec);
  });

  it('finds a period that really contains the date, for every day of 2023–2026', () => {
    const kinds: TilingPeriodKind[] = ['week', 'month', 'quarter', 'half-year', 'year', 'assembly-year'];
    for (const calendar of [false, true]) {
      for (let date = '2023-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
        for (const kind of kinds) {
          const period = periodContaining(date, kind, { regime, calendar });
          expect(date >= period.from && date <= period.to, `${date} ${kind} ${period.spec}`).toBe(true);
        }
      }
    }
  });

  it('refuses a date that is not yyyy-mm-dd', () => {
    expect(() => periodContaining('20/12/2024', 'year', { regime })).toThrow('Ngày không hợp lệ');
  });
});
