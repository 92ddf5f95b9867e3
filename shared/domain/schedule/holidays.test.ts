import { describe, expect, it } from 'vitest';
import { holidaysOfYear } from './holidays';

describe('holidaysOfYear', () => {
  it('seeds 2026: Tết 16–20/02, Giỗ Tổ on a Sunday gives Monday 27/04 off', () => {
    expect(holidaysOfYear(2026).map((h) => [h.day, h.kind])).toEqual([
      ['2026-01-01', 'le'],
      ['2026-02-16', 'tet'],
      ['2026-02-17', 'tet'],
      ['2026-02-18', 'tet'],
      ['2026-02-19', 'tet'],
      ['2026-02-20', 'tet'],
      ['2026-04-26', 'le'],
      ['2026-04-27', 'nghi_bu'],
      ['2026-04-30', 'le'],
      ['2026-05-01', 'le'],
      ['2026-09-01', 'le'],
      ['2026-09-02', 'le'],
    ]);
  });

  it('gives two distinct substitute days when Tết covers a weekend (2027), and one for 01/5 on a Saturday', () => {
    const substitutes = holidaysOfYear(2027).filter((h) => h.kind === 'nghi_bu');
    expect(substitutes.map((h) => [h.day, h.name])).toEqual([
      ['2027-02-10', 'Nghỉ bù Tết Nguyên đán (mùng 1)'],
      ['2027-02-11', 'Nghỉ bù Tết Nguyên đán (mùng 2)'],
      ['2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'],
    ]);
  });

  it('has no lunar days for a year outside the table', () => {
    expect(holidaysOfYear(2031).map((h) => h.day)).toEqual([
      '2031-01-01',
      '2031-04-30',
      '2031-05-01',
      '2031-09-01',
      '2031-09-02',
    ]);
  });
});
