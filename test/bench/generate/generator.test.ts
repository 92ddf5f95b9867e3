import { describe, expect, it } from 'vitest';
import { decodeCccd } from '../../../shared/domain/cccd';
import { workingDays } from './calendar';
import { cccdNumber, drawIdentity } from './identity';
import { drawFullName, drawSurname } from './names';
import { PRESETS } from './params';
import { buildPlan } from './plan';
import { drawVisitCounts, resolveSlots } from './plan-slots';
import { Rng, rngFor } from './prng';
import { KIND_CODES } from './visit-facts';

describe('bench generator', () => {
  it('is reproducible: the same seed gives the same draws', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, () => new Rng(seed).next());
    expect(draw(7)).toEqual(draw(7));
    expect(rngFor(1, 2, 3).next()).toBe(rngFor(1, 2, 3).next());
    expect(rngFor(1, 2, 3).next()).not.toBe(rngFor(1, 2, 4).next());
  });

  it('writes CCCD numbers that decode to the birth province, sex and year (DOMAIN §6)', () => {
    const rng = new Rng(11);
    for (const [gender, year] of [
      ['nam', 1940],
      ['nu', 1968],
      ['nam', 1999],
      ['nu', 2000],
      ['nam', 2006],
    ] as const) {
      const number = cccdNumber(rng, '079', gender, year);
      expect(number).toMatch(/^\d{12}$/);
      expect(decodeCccd(number)).toMatchObject({ provinceCode: '079', gender, birthYear: year });
    }
  });

  it('keeps ID numbers unique', () => {
    const rng = new Rng(3);
    const taken = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const ids = drawIdentity(rng, { birthCode: '001', gender: 'nu', birthYear: 1970 }, (n) => taken.has(n));
      for (const number of [ids.idNumber, ids.oldIdNumber]) {
        if (number === null) continue;
        expect(taken.has(number)).toBe(false);
        taken.add(number);
      }
    }
  });

  it('draws surnames with the national shares and names of họ + đệm + tên', () => {
    const rng = new Rng(5);
    const surnames = Array.from({ length: 20_000 }, () => drawSurname(rng));
    const share = (name: string) => surnames.filter((s) => s === name).length / surnames.length;
    expect(share('Nguyễn')).toBeGreaterThan(0.35);
    expect(share('Nguyễn')).toBeLessThan(0.41);
    expect(share('Trần')).toBeGreaterThan(0.09);
    const name = drawFullName(rng, 'nu', 1960);
    expect(name).toBe(name.normalize('NFC'));
    expect(name.split(' ').length).toBeGreaterThanOrEqual(2);
  });

  it('spreads visits over cases, 1 to 8 each, summing exactly', () => {
    const counts = drawVisitCounts(new Rng(9), 3000, 10_000);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(10_000);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(8);
  });

  it('uses exactly min(persons, requests) distinct people', () => {
    const { slotOf, slots } = resolveSlots(new Rng(4), 1000, 900);
    expect(slots).toBe(900);
    expect(new Set(slotOf).size).toBe(900);
    expect(resolveSlots(new Rng(4), 100, 900).slots).toBe(100);
  });

  it('keeps to working days: no weekends, Tết or National Day', () => {
    const days = workingDays('2024-01-01', '2024-12-31').map((day) => new Date(day));
    expect(days.every((day) => day.getUTCDay() !== 0 && day.getUTCDay() !== 6)).toBe(true);
    const iso = days.map((day) => day.toISOString().slice(0, 10));
    expect(iso).not.toContain('2024-02-12');
    expect(iso).not.toContain('2024-09-02');
  });

  it('plans visits in time order, each session visit on its session day', () => {
    const params = { ...PRESETS.small, visits: 2000, cases: 600, persons: 800 };
    const plan = buildPlan(params);
    expect(plan.visits.count).toBe(2000);
    for (let i = 1; i < plan.order.length; i++) {
      expect(plan.visits.time[plan.order[i]!]!).toBeGreaterThanOrEqual(plan.visits.time[plan.order[i - 1]!]!);
    }
    for (let v = 0; v < plan.visits.count; v++) {
      const session = plan.visits.session[v]!;
      const kind = KIND_CODES[plan.visits.kind[v]!];
      if (kind === 'thuong_xuyen') expect(session).toBe(-1);
      else {
        expect(plan.sessions[session]?.kind).toBe(kind);
        expect(plan.sessions[session]?.day).toBe(plan.visits.day[v]);
      }
    }
  });
});
