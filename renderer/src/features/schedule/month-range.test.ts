import { describe, expect, it } from 'vitest';
import { monthRange, monthWeeks } from './month-range';

describe('monthWeeks', () => {
  it('lays out November 2026 from Monday, the 1st on a Sunday', () => {
    const weeks = monthWeeks('2026-11');
    expect(weeks.length).toBe(6);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks[5]).toEqual(['2026-11-30', null, null, null, null, null, null]);
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});
