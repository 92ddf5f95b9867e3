import { describe, expect, it } from 'vitest';

import { addDays } from './iso-date';
import { PeriodSpecError } from './period-spec';
import { regimeById } from './regimes';
import type { ReportingRegime } from './regimes';
import { resolvePeriod } from './resolve-period';

const tt06 = regimeById('tt06-2025');

/** TT 03/2013's older rule, 16th → 15th, expressed with the same data shape. */
const tt03: ReportingRegime = {
  id: 'tt03-2013',
  title: 'Thông tư 03/2013/TT-TTCP',
  effectiveFrom: '2013-08-01',
  effectiveTo: '2021-06-30',
  cutoffDay: 16,
  assemblyYearStartMonth: 8,
};

describe('resolvePeriod, statutory cut-off 15 → 14 (TT 06/2025)', () => {
  const cases: Array<[string, string, string, string]> = [
    ['2024-M01', '2023-12-15', '2024-01-14', 'Tháng 1 năm 2024'],
    ['2024-M03', '2024-02-15', '2024-03-14', 'Tháng 3 năm 2024'],
    ['2024-M05', '2024-04-15', '2024-05-14', 'Tháng 5 năm 2024'],
    ['2024-M12', '2024-11-15', '2024-12-14', 'Tháng 12 năm 2024'],
    ['2024-Q1', '2023-12-15', '2024-03-14', 'Quý I năm 2024'],
    ['2024-Q2', '2024-03-15', '2024-06-14', 'Quý II năm 2024'],
    ['2024-Q3', '2024-06-15', '2024-09-14', 'Quý III năm 2024'],
    ['2024-Q4', '2024-09-15', '2024-12-14', 'Quý IV năm 2024'],
    ['2024-H1', '2023-12-15', '2024-06-14', '6 tháng đầu năm 2024'],
    ['2024-H2', '2024-06-15', '2024-12-14', '6 tháng cuối năm 2024'],
    ['2024-9M', '2023-12-15', '2024-09-14', '9 tháng năm 2024'],
    ['2024-Y', '2023-12-15', '2024-12-14', 'Năm 2024'],
    ['2024-QH', '2023-08-01', '2024-07-31', 'Kỳ họp Quốc hội: 01/08/2023 – 31/07/2024'],
    ['2024-W23', '2024-06-07', '2024-06-13', 'Tuần 23 năm 2024 (07/06/2024 – 13/06/2024)'],
    ['2024-01-01..2024-03-31', '2024-01-01', '2024-03-31', 'Từ ngày 01/01/2024 đến ngày 31/03/2024'],
  ];

  it.each(cases)('%s = %s … %s', (spec, from, to, label) => {
    const period = resolvePeriod(spec, { regime: tt06 });
    expect(period).toMatchObject({ spec, from, to, label, calendar: false, weekStartDay: 5 });
    expect(period.regime).toBe(tt06);
  });

  it('gives the range as officers read it', () => {
    expect(resolvePeriod('2024-Q1', { regime: tt06 }).rangeLabel).toBe('15/12/2023 – 14/03/2024');
  });

  it('starts Q1, 6 months, 9 months and the year on the same day, and ends the year with Q4', () => {
    for (let year = 2000; year <= 2040; year += 1) {
      const from = (spec: string) => resolvePeriod(`${year}-${spec}`, { regime: tt06 }).from;
      const to = (spec: string) => resolvePeriod(`${year}-${spec}`, { regime: tt06 }).to;
      expect(new Set([from('Q1'), from('H1'), from('9M'), from('Y'), from('M01')])).toEqual(
        new Set([`${year - 1}-12-15`]),
      );
      expect(to('Q4')).toBe(to('Y'));
      expect(to('H2')).toBe(to('Y'));
      expect(from('Q3')).toBe(from('H2'));
    }
  });

  it('tiles time with months, quarters and years: no gap, no overlap', () => {
    for (let year = 2019; year <= 2031; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const current = resolvePeriod({ kind: 'month', year, month }, { regime: tt06 });
        const next = resolvePeriod(
          month === 12
            ? { kind: 'month', year: year + 1, month: 1 }
            : { kind: 'month', year, month: month + 1 },
          { regime: tt06 },
        );
        expect(addDays(current.to, 1)).toBe(next.from);
      }
      const thisYear = resolvePeriod(`${year}-Y`, { regime: tt06 });
      expect(addDays(thisYear.to, 1)).toBe(resolvePeriod(`${year + 1}-Y`, { regime: tt06 }).from);
      expect(addDays(resolvePeriod(`${year}-QH`, { regime: tt06 }).to, 1)).toBe(
        resolvePeriod(`${year + 1}-QH`, { regime: tt06 }).from,
      );
    }
  });
});

describe('resolvePeriod, calendar periods', () => {
  const cases: Array<[string, string, string]> = [
    ['2024-M02', '2024-02-01', '2024-02-29'],
    ['2023-M02', '2023-02-01', '2023-02-28'],
    ['2000-M02', '2000-02-01', '2000-02-29'],
    ['2100-M02', '2100-02-01', '2100-02-28'],
    ['2024-M12', '2024-12-01', '2024-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-Q2', '2024-04-01', '2024-06-30'],
    ['2024-Q3', '2024-07-01', '2024-09-30'],
    ['2024-Q4', '2024-10-01', '2024-12-31'],
    ['2024-H1', '2024-01-01', '2024-06-30'],
    ['2024-H2', '2024-07-01', '2024-12-31'],
    ['2024-9M', '2024-01-01', '2024-09-30'],
    ['2024-Y', '2024-01-01', '2024-12-31'],
    ['2024-QH', '2023-08-01', '2024-07-31'],
    ['2024-W23', '2024-06-07', '2024-06-13'],
    ['2024-01-10..2024-01-20', '2024-01-10', '2024-01-20'],
  ];

  it.each(cases)('%s = %s … %s', (spec, from, to) => {
    expect(resolvePeriod(spec, { regime: tt06, calendar: true })).toMatchObject({ from, to, calendar: true });
  });

  it('keeps the same label', () => {
    expect(resolvePeriod('2024-Q2', { regime: tt06, calendar: true }).label).toBe('Quý II năm 2024');
  });
});

describe('resolvePeriod, an older cut-off (TT 03/2013: 16th → 15th) as plain data', () => {
  const cases: Array<[string, string, string]> = [
    ['2013-M03', '2013-02-16', '2013-03-15'],
    ['2013-Q1', '2012-12-16', '2013-03-15'],
    ['2013-Q4', '2013-09-16', '2013-12-15'],
    ['2013-H1', '2012-12-16', '2013-06-15'],
    ['2013-9M', '2012-12-16', '2013-09-15'],
    ['2013-Y', '2012-12-16', '2013-12-15'],
  ];

  it.each(cases)('%s = %s … %s', (spec, from, to) => {
    expect(resolvePeriod(spec, { regime: tt03 })).toMatchObject({ from, to });
  });
});

describe('resolvePeriod refuses what it cannot resolve', () => {
  it('refuses a week 53 the year does not have, in Vietnamese', () => {
    expect(() => resolvePeriod('2024-W53', { regime: tt06 })).toThrow(PeriodSpecError);
    expect(() => resolvePeriod('2024-W53', { regime: tt06 })).toThrow(
      'năm 2024 chỉ có 52 tuần (tuần bắt đầu từ Thứ Sáu)',
    );
  });

  it('checks parsed objects as strictly as text', () => {
    expect(() => resolvePeriod({ kind: 'quarter', year: 2024, quarter: 5 }, { regime: tt06 })).toThrow(
      'quý phải từ 1 đến 4',
    );
    expect(() =>
      resolvePeriod({ kind: 'custom', from: '2024-03-31', to: '2024-01-01' }, { regime: tt06 }),
    ).toThrow(PeriodSpecError);
  });

  it.each([
    [{ regime: tt06, weekStartDay: 7 }, 'Ngày bắt đầu tuần phải là số từ 0'],
    [{ regime: tt06, weekStartDay: 1.5 }, 'Ngày bắt đầu tuần phải là số từ 0'],
    [{ regime: { ...tt06, cutoffDay: 31 } }, 'ngày chốt số liệu phải từ 2 đến 28'],
    [{ regime: { ...tt06, cutoffDay: 1 } }, 'ngày chốt số liệu phải từ 2 đến 28'],
    [{ regime: { ...tt06, assemblyYearStartMonth: 13 } }, 'tháng bắt đầu năm Quốc hội'],
  ])('refuses bad options %#', (options, message) => {
    expect(() => resolvePeriod('2024-W01', options)).toThrow(RangeError);
    expect(() => resolvePeriod('2024-W01', options)).toThrow(message);
  });
});
