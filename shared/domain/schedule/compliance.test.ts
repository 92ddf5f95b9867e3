import { describe, expect, it } from 'vitest';
import { complianceUnits } from './compliance';
import { MINIMUM_RULE_SEEDS } from './minimum-rules';

const row = (u: ReturnType<typeof complianceUnits>[number]) => [
  u.from,
  u.to,
  u.per,
  u.minDays,
  u.announced,
  u.held,
  u.isMet,
];

describe('complianceUnits', () => {
  it('commune chairman: weekly minimum until 30/6/2026, two days a month from 01/7/2026', () => {
    const units = complianceUnits(
      MINIMUM_RULE_SEEDS,
      'chu_tich_ubnd_xa',
      { from: '2026-06-01', to: '2026-07-31' },
      ['2026-06-04', '2026-06-11', '2026-06-18', '2026-06-25', '2026-07-09', '2026-07-23'],
      ['2026-06-04', '2026-06-11', '2026-06-25', '2026-07-09'],
    );
    expect(units.map(row)).toEqual([
      ['2026-06-01', '2026-06-07', 'week', 1, 1, 1, true],
      ['2026-06-08', '2026-06-14', 'week', 1, 1, 1, true],
      ['2026-06-15', '2026-06-21', 'week', 1, 1, 0, false],
      ['2026-06-22', '2026-06-28', 'week', 1, 1, 1, true],
      ['2026-06-29', '2026-06-30', 'week', 1, 0, 0, null],
      ['2026-07-01', '2026-07-31', 'month', 2, 2, 1, false],
    ]);
    expect(units[5]?.basis).toBe('Luật 136/2025/QH15 sửa đổi Luật Tiếp công dân');
  });

  it('provincial chairman: one day a month; the period cut mid-January makes that month partial', () => {
    const units = complianceUnits(
      MINIMUM_RULE_SEEDS,
      'chu_tich_ubnd_tinh',
      { from: '2026-01-15', to: '2026-03-31' },
      ['2026-01-20', '2026-02-10', '2026-03-10'],
      ['2026-01-20', '2026-03-10', '2026-03-11'],
    );
    expect(units.map(row)).toEqual([
      ['2026-01-15', '2026-01-31', 'month', 1, 1, 1, null],
      ['2026-02-01', '2026-02-28', 'month', 1, 1, 0, false],
      ['2026-03-01', '2026-03-31', 'month', 1, 1, 2, true],
    ]);
  });

  it('commune Party secretary needs two days a month; a leader without a legal minimum gets no units', () => {
    const secretary = complianceUnits(
      MINIMUM_RULE_SEEDS,
      'bi_thu_xa',
      { from: '2026-10-01', to: '2026-10-31' },
      ['2026-10-08', '2026-10-22'],
      ['2026-10-08', '2026-10-22'],
    );
    expect(secretary.map(row)).toEqual([['2026-10-01', '2026-10-31', 'month', 2, 2, 2, true]]);
    expect(
      complianceUnits(MINIMUM_RULE_SEEDS, 'khac', { from: '2026-10-01', to: '2026-10-31' }, [], []),
    ).toEqual([]);
  });
});
