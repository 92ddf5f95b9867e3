import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS } from '../../../../shared/domain/classification';
import {
  COMPETENCES,
  ELIGIBILITIES,
  FORM_SUBJECTS,
  PETITION_LEVELS,
  PETITION_OUTCOMES,
} from '../../../../shared/domain/petitions';
import { tallyBieu02, type PetitionFact } from './bieu-02-xld';

// The hand-built set, column by column, runs through the tally engine: reports/bieu-02-xld-engine.test.ts.

const dateArb = fc.integer({ min: 0, max: 400 }).map((offset) => {
  const date = new Date(Date.UTC(2026, 0, 1 + offset));
  return date.toISOString().slice(0, 10);
});

const factArb: fc.Arbitrary<PetitionFact> = fc.record({
  id: fc.integer({ min: 1, max: 1_000_000 }),
  receivedOn: dateArb,
  handledOn: fc.option(dateArb, { nil: null }),
  classification: fc.constantFrom(...CLASSIFICATIONS),
  level: fc.option(fc.constantFrom(...PETITION_LEVELS), { nil: null }),
  formSubject: fc.constantFrom(...FORM_SUBJECTS),
  eligibility: fc.option(fc.constantFrom(...ELIGIBILITIES), { nil: null }),
  competence: fc.option(fc.constantFrom(...COMPETENCES), { nil: null }),
  outcome: fc.option(fc.constantFrom(...PETITION_OUTCOMES), { nil: null }),
  caseId: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
});

describe('Biểu 02/XLD identities on generated data', () => {
  it('hold for every period and any mix of stored facts, and the columns nest 1 ≥ 2 ≥ 3 ≥ 4 ≥ 5', () => {
    fc.assert(
      fc.property(fc.array(factArb, { maxLength: 60 }), dateArb, dateArb, (facts, a, b) => {
        const period = a <= b ? { from: a, to: b } : { from: b, to: a };
        const { values } = tallyBieu02(facts, period);
        const sum = (...columns: number[]) => columns.reduce((n, c) => n + (values[String(c)] ?? 0), 0);
        expect(values['3']).toBe(sum(4, 23));
        expect(values['4']).toBe(sum(6, 12, 19));
        expect(values['6']).toBe(sum(7, 8));
        expect(values['6']).toBe(sum(9, 10, 11));
        expect(values['12']).toBe(sum(13, 14));
        expect(values['12']).toBe(sum(15, 16, 17, 18));
        expect(values['19']).toBe(sum(20, 21, 22));
        expect(values['23']).toBe(sum(24, 25));
        expect(
          values['1']! >= values['2']! && values['2']! >= values['3']! && values['3']! >= values['4']!,
        ).toBe(true);
        expect(values['5']! <= values['4']!).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
