import { describe, expect, it } from 'vitest';
import { choiceToSpec, initialChoice, type PeriodChoice } from './period-choice';

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
});
