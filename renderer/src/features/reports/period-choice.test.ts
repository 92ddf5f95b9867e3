import { describe, expect, it } from 'vitest';
import {
  choiceToSpec,
  currentWeek,
  initialChoice,
  numberLimit,
  weekDatesLabel,
  type PeriodChoice,
} from './period-choice';

const base: PeriodChoice = { preset: 'month', year: 2024, number: 5, from: '2024-01-01', to: '2024-03-31' };

describe('period choice', () => {
  it.each([
    ['week', 23, '2024-W23'],
    ['month', 5, '2024-M05'],
    ['quarter', 2, '2024-Q2'],
    ['h1', 0, '2024-H1'],
    ['h2', 0, '2024-H2'],
    ['9m', 0, '2024-9M'],
    ['year', 0, '2024-Y'],
    ['assembly', 0, '2024-QH'],
    ['custom', 0, '2024-01-01..2024-03-31'],
  ] as const)('%s → %s', (preset, number, spec) => {
    expect(choiceToSpec({ ...base, preset, number })).toBe(spec);
  });

  it('starts on the statutory month containing today (15/11 – 14/12 is "tháng 12")', () => {
    expect(initialChoice('2026-11-27')).toEqual({
      preset: 'month',
      year: 2026,
      number: 12,
      from: '2026-11-15',
      to: '2026-12-14',
    });
  });

  it("shows the chosen week's dates under the office's week start day", () => {
    expect(weekDatesLabel(2024, 23, 5)).toBe('Thứ Sáu 07/06/2024 – Thứ Năm 13/06/2024');
    expect(weekDatesLabel(2024, 23, 1)).toBe('Thứ Hai 03/06/2024 – Chủ nhật 09/06/2024');
    expect(weekDatesLabel(2024, 53, 5)).toBe('');
    expect(weekDatesLabel(2024, 53, 1)).toBe('Thứ Hai 30/12/2024 – Chủ nhật 05/01/2025');
  });

  it('limits the week number to the weeks that start in the year (52 with Friday, 53 with Monday in 2024)', () => {
    expect(numberLimit('week', 2024, 5)).toBe(52);
    expect(numberLimit('week', 2024, 1)).toBe(53);
    expect(numberLimit('month', 2024, 1)).toBe(12);
    expect(numberLimit('h1', 2024, 1)).toBe(0);
  });

  it('jumps to the week containing today (27/11/2026: week 48 from Friday, week 47 from Monday)', () => {
    expect(currentWeek('2026-11-27', 5)).toEqual({ year: 2026, number: 48 });
    expect(currentWeek('2026-11-27', 1)).toEqual({ year: 2026, number: 47 });
    expect(currentWeek('2026-01-01', 5)).toEqual({ year: 2025, number: 52 });
  });
});
