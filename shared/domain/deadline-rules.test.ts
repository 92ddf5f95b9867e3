import { describe, expect, it } from 'vitest';
import { caseDeadlines } from './deadline-rules';

describe('caseDeadlines', () => {
  it('gives a complaint 10 days to be accepted, then 30 (45 if complex) to be resolved', () => {
    expect(caseDeadlines('khieu_nai', '2026-02-20', '2026-02-25')).toEqual([
      {
        stage: 'thu_ly',
        label: 'Hạn thụ lý khiếu nại',
        dueOn: '2026-03-02',
        complexDueOn: null,
        source: 'Luật Khiếu nại 2011, Điều 27',
      },
      {
        stage: 'giai_quyet',
        label: 'Hạn giải quyết khiếu nại lần đầu',
        dueOn: '2026-03-27',
        complexDueOn: '2026-04-11',
        source: 'Luật Khiếu nại 2011, Điều 28',
      },
    ]);
  });

  it('counts across a leap day', () => {
    expect(caseDeadlines('khieu_nai', '2024-02-25', null)[0]?.dueOn).toBe('2024-03-06');
  });

  it('has no resolution deadline before acceptance, and none for kiến nghị', () => {
    expect(caseDeadlines('to_cao', '2026-01-05', null)).toEqual([]);
    expect(caseDeadlines('to_cao', '2026-01-05', '2026-01-10').map((d) => d.dueOn)).toEqual(['2026-02-09']);
    expect(caseDeadlines('kien_nghi', '2026-01-05', '2026-01-10')).toEqual([]);
  });

  it('picks the rule in force on the start date', () => {
    const rules = [
      { ...baseRule, days: 10, effectiveFrom: '2012-07-01' },
      { ...baseRule, days: 15, effectiveFrom: '2027-01-01' },
    ];
    expect(caseDeadlines('khieu_nai', '2026-12-31', null, rules)[0]?.dueOn).toBe('2027-01-10');
    expect(caseDeadlines('khieu_nai', '2027-01-02', null, rules)[0]?.dueOn).toBe('2027-01-17');
  });
});

const baseRule = {
  classification: 'khieu_nai' as const,
  stage: 'thu_ly' as const,
  label: 'Hạn thụ lý',
  complexDays: null,
  countFrom: 'received' as const,
  source: 'thử',
};
