import { describe, expect, it } from 'vitest';
import { expandRules, type RecurringRule, type SittingOverride } from './expand';
import { holidaysOfYear } from './holidays';

const holidays = new Set(holidaysOfYear(2026).map((h) => h.day));
const weeklyThursday: RecurringRule = {
  id: 1,
  frequency: 'weekly',
  weekday: 4,
  monthWeeks: [],
  validFrom: '2026-01-01',
  validTo: null,
};
const secondAndFourthThursday: RecurringRule = {
  id: 2,
  frequency: 'monthly',
  weekday: 4,
  monthWeeks: [2, 4],
  validFrom: '2026-07-01',
  validTo: null,
};
const firstTuesday: RecurringRule = { ...secondAndFourthThursday, id: 3, weekday: 2, monthWeeks: [1] };

const cases: {
  name: string;
  rules: RecurringRule[];
  overrides: SittingOverride[];
  range: { from: string; to: string };
  expected: [string, string, string | null][];
}[] = [
  {
    name: 'weekly across February and March, Tết moving Thursday 19/02 to Monday 23/02',
    rules: [weeklyThursday],
    overrides: [],
    range: { from: '2026-02-01', to: '2026-03-08' },
    expected: [
      ['2026-02-05', '2026-02-05', null],
      ['2026-02-12', '2026-02-12', null],
      ['2026-02-19', '2026-02-23', 'holiday'],
      ['2026-02-26', '2026-02-26', null],
      ['2026-03-05', '2026-03-05', null],
    ],
  },
  {
    name: 'a sitting planned before the range but moved into it is counted in it',
    rules: [weeklyThursday],
    overrides: [],
    range: { from: '2026-02-21', to: '2026-02-28' },
    expected: [
      ['2026-02-19', '2026-02-23', 'holiday'],
      ['2026-02-26', '2026-02-26', null],
    ],
  },
  {
    name: 'monthly 2nd and 4th Thursday over three months, one moved by hand and one cancelled',
    rules: [secondAndFourthThursday],
    overrides: [
      { ruleId: 2, plannedDay: '2026-08-13', day: '2026-08-14' },
      { ruleId: 2, plannedDay: '2026-09-24', day: null },
    ],
    range: { from: '2026-06-01', to: '2026-09-30' },
    expected: [
      ['2026-07-09', '2026-07-09', null],
      ['2026-07-23', '2026-07-23', null],
      ['2026-08-13', '2026-08-14', 'manual'],
      ['2026-08-27', '2026-08-27', null],
      ['2026-09-10', '2026-09-10', null],
    ],
  },
  {
    name: 'first Tuesday of September is 01/09 (Quốc khánh, then 02/09): moved to Thursday 03/09',
    rules: [firstTuesday],
    overrides: [],
    range: { from: '2026-08-25', to: '2026-09-30' },
    expected: [['2026-09-01', '2026-09-03', 'holiday']],
  },
  {
    name: 'a manual move from months before lands in the range',
    rules: [weeklyThursday],
    overrides: [{ ruleId: 1, plannedDay: '2026-01-08', day: '2026-03-02' }],
    range: { from: '2026-03-02', to: '2026-03-04' },
    expected: [['2026-01-08', '2026-03-02', 'manual']],
  },
];

describe('expandRules', () => {
  it.each(cases)('$name', ({ rules, overrides, range, expected }) => {
    const sittings = expandRules(rules, holidays, overrides, range);
    expect(sittings.map((s) => [s.plannedDay, s.day, s.movedBy])).toEqual(expected);
  });
});
