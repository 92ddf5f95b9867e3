import { describe, expect, it } from 'vitest';

import { addDays } from './iso-date';
import {
  CURRENT_REGIME_ID,
  defaultRegimeFor,
  isRegimeId,
  regimeById,
  regimeInForce,
  REGIMES,
  reportDueDate,
} from './regimes';
import type { ReportingRegime } from './regimes';
import { resolvePeriod } from './resolve-period';

describe('regime data', () => {
  it('has the three regimes since 2021, back to back, the last one current', () => {
    expect(REGIMES.map((regime) => regime.id)).toEqual(['tt02-2021', 'tt01-2024', 'tt06-2025']);
    REGIMES.slice(1).forEach((regime, index) => {
      expect(addDays(REGIMES[index]?.effectiveTo ?? '', 1)).toBe(regime.effectiveFrom);
    });
    expect(REGIMES.at(-1)).toMatchObject({
      id: CURRENT_REGIME_ID,
      effectiveFrom: '2025-09-30',
      effectiveTo: null,
    });
  });

  it('keeps the 15th → 14th cut-off and the 01/08 National Assembly year for all three', () => {
    for (const regime of REGIMES) {
      expect(regime).toMatchObject({ cutoffDay: 15, assemblyYearStartMonth: 8 });
    }
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(REGIMES)).toBe(true);
    expect(REGIMES.every((regime) => Object.isFrozen(regime))).toBe(true);
  });

  it('tells a shipped regime id from any other string', () => {
    expect(['tt02-2021', 'tt01-2024', 'tt06-2025', 'tt03-2013', 'TT06-2025', ''].map(isRegimeId)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('finds a regime by id or says which ids exist', () => {
    expect(regimeById('tt01-2024').title).toBe('Thông tư 01/2024/TT-TTCP');
    expect(() => regimeById('tt99-2030')).toThrow(
      'Không có chế độ báo cáo "tt99-2030". Các chế độ hiện có: tt02-2021, tt01-2024, tt06-2025.',
    );
  });

  it.each([
    ['2021-06-30', undefined],
    ['2021-07-01', 'tt02-2021'],
    ['2024-02-29', 'tt02-2021'],
    ['2024-03-01', 'tt01-2024'],
    ['2025-09-29', 'tt01-2024'],
    ['2025-09-30', 'tt06-2025'],
    ['2040-01-01', 'tt06-2025'],
  ])('regimeInForce(%s) = %s', (date, id) => {
    expect(regimeInForce(date)?.id).toBe(id);
  });
});

describe('reportDueDate', () => {
  it.each([
    ['2024-M05', '2024-05-17'],
    ['2024-Q1', '2024-03-17'],
    ['2024-H1', '2024-06-17'],
    ['2024-H2', '2024-12-17'],
    ['2024-9M', '2024-09-17'],
    ['2024-Y', '2024-12-17'],
    ['2024-QH', '2024-08-03'],
    ['2024-W23', '2024-06-16'],
    ['2024-W52', '2025-01-05'],
    ['2024-01-01..2024-03-31', '2024-04-03'],
  ])('%s is due %s', (spec, due) => {
    expect(reportDueDate(spec)).toBe(due);
  });
});

describe('defaultRegimeFor: the regime in force when the report was due', () => {
  it.each([
    ['2024-H1', 'tt01-2024'],
    ['2025-Y', 'tt06-2025'],
    ['2022-Y', 'tt02-2021'],
    ['2021-Q3', 'tt02-2021'],
    ['2024-M02', 'tt02-2021'],
    ['2024-Q1', 'tt01-2024'],
    ['2025-9M', 'tt01-2024'],
    ['2025-Q3', 'tt01-2024'],
    ['2025-M10', 'tt06-2025'],
    ['2026-Q1', 'tt06-2025'],
    ['2024-QH', 'tt01-2024'],
    ['2025-QH', 'tt01-2024'],
    ['2025-W38', 'tt01-2024'],
    ['2025-W39', 'tt06-2025'],
    ['2025-09-01..2025-09-26', 'tt01-2024'],
    ['2025-09-01..2025-09-27', 'tt06-2025'],
  ])('%s → %s', (spec, id) => {
    expect(defaultRegimeFor(spec).id).toBe(id);
  });

  it('takes a parsed spec or a resolved period (with its own week start day)', () => {
    expect(defaultRegimeFor({ kind: 'half-year', year: 2024, half: 1 }).id).toBe('tt01-2024');
    // With a Friday start 2025-W38 is 19/09 – 25/09/2025, due 28/09 (TT 01/2024); with a Monday start it is
    // 22/09 – 28/09/2025, due 01/10 (TT 06/2025).
    const monday = resolvePeriod('2025-W38', { regime: regimeById('tt01-2024'), weekStartDay: 1 });
    expect(monday).toMatchObject({ from: '2025-09-22', to: '2025-09-28' });
    expect(defaultRegimeFor(monday).id).toBe('tt06-2025');
    expect(defaultRegimeFor('2025-W38').id).toBe('tt01-2024');
    expect(defaultRegimeFor('2025-W38', { weekStartDay: 1 }).id).toBe('tt06-2025');
  });

  it('uses another regime table when given one', () => {
    const tt03: ReportingRegime = {
      id: 'tt03-2013',
      title: 'Thông tư 03/2013/TT-TTCP',
      effectiveFrom: '2013-08-01',
      effectiveTo: '2021-06-30',
      cutoffDay: 16,
      assemblyYearStartMonth: 8,
    };
    expect(defaultRegimeFor('2020-Y', { regimes: [tt03, ...REGIMES] }).id).toBe('tt03-2013');
  });

  it('refuses a period before every regime, in Vietnamese', () => {
    expect(() => defaultRegimeFor('2020-Y')).toThrow(RangeError);
    expect(() => defaultRegimeFor('2020-Y')).toThrow(
      'Không có chế độ báo cáo áp dụng cho kỳ 2020-Y (hạn báo cáo 17/12/2020); hãy chọn chế độ báo cáo cụ thể.',
    );
  });
});
