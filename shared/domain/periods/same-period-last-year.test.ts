import { describe, expect, it } from 'vitest';

import { regimeById } from './regimes';
import type { ReportingRegime } from './regimes';
import { resolvePeriod } from './resolve-period';
import { samePeriodLastYear } from './same-period-last-year';

const tt06 = regimeById('tt06-2025');

describe('samePeriodLastYear ("cùng kỳ")', () => {
  const cases: Array<[string, string, string, string]> = [
    ['2024-W23', '2023-W23', '2023-06-09', '2023-06-15'],
    ['2025-W01', '2024-W01', '2024-01-05', '2024-01-11'],
    ['2021-W53', '2020-W52', '2020-12-25', '2020-12-31'],
    ['2024-M03', '2023-M03', '2023-02-15', '2023-03-14'],
    ['2024-M01', '2023-M01', '2022-12-15', '2023-01-14'],
    ['2024-Q1', '2023-Q1', '2022-12-15', '2023-03-14'],
    ['2024-Q4', '2023-Q4', '2023-09-15', '2023-12-14'],
    ['2024-H1', '2023-H1', '2022-12-15', '2023-06-14'],
    ['2024-H2', '2023-H2', '2023-06-15', '2023-12-14'],
    ['2024-9M', '2023-9M', '2022-12-15', '2023-09-14'],
    ['2024-Y', '2023-Y', '2022-12-15', '2023-12-14'],
    ['2024-QH', '2023-QH', '2022-08-01', '2023-07-31'],
    ['2024-02-29..2024-02-29', '2023-02-28..2023-02-28', '2023-02-28', '2023-02-28'],
    ['2024-01-01..2024-02-29', '2023-01-01..2023-02-28', '2023-01-01', '2023-02-28'],
    ['2025-02-01..2025-02-28', '2024-02-01..2024-02-28', '2024-02-01', '2024-02-28'],
    ['2024-01-01..2024-03-31', '2023-01-01..2023-03-31', '2023-01-01', '2023-03-31'],
  ];

  it.each(cases)('%s → %s', (spec, previous, from, to) => {
    const last = samePeriodLastYear(resolvePeriod(spec, { regime: tt06 }));
    expect(last).toMatchObject({ spec: previous, from, to, calendar: false });
    expect(last.regime).toBe(tt06);
  });

  it.each([
    ['2024-M02', '2023-02-01', '2023-02-28'],
    ['2025-M02', '2024-02-01', '2024-02-29'],
    ['2024-Q1', '2023-01-01', '2023-03-31'],
    ['2024-Y', '2023-01-01', '2023-12-31'],
  ])('keeps calendar months: %s → %s … %s', (spec, from, to) => {
    expect(samePeriodLastYear(resolvePeriod(spec, { regime: tt06, calendar: true }))).toMatchObject({
      from,
      to,
      calendar: true,
    });
  });

  it('keeps the regime cut-off and the week start day', () => {
    const tt03: ReportingRegime = { ...tt06, id: 'tt03-2013', cutoffDay: 16 };
    const quarter = samePeriodLastYear(resolvePeriod('2014-Q1', { regime: tt03 }));
    expect(quarter).toMatchObject({ from: '2012-12-16', to: '2013-03-15', regime: tt03 });
    const week = samePeriodLastYear(resolvePeriod('2025-W01', { regime: tt06, weekStartDay: 1 }));
    expect(week).toMatchObject({ spec: '2024-W01', from: '2024-01-01', to: '2024-01-07', weekStartDay: 1 });
  });

  it('labels last year in Vietnamese', () => {
    expect(samePeriodLastYear(resolvePeriod('2024-H1', { regime: tt06 })).label).toBe('6 tháng đầu năm 2023');
  });
});
