import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS, RECEPTION_KINDS } from '../../../../shared/domain/classification';
import { addDays } from '../../../../shared/domain/periods';
import { addCase, addPerson, addVisit, noFigures } from '../../../../test/fixtures/tally-data';
import { createTestDb, fixedClock } from '../../../../test/fixtures/test-db';
import { createTallyEngine } from './tally-engine';

const FROM = '2023-12-15';
const TO = '2024-06-14';

const visitArb = fc.record({
  kind: fc.constantFrom(...RECEPTION_KINDS),
  caseIndex: fc.integer({ min: 0, max: 5 }),
  headcount: fc.integer({ min: 1, max: 7 }),
  day: fc.integer({ min: -60, max: 240 }),
  refused: fc.boolean(),
  subject: fc.constantFrom('dat_dai', 'tu_phap', 'tham_nhung', 'khac', null),
});
const caseArb = fc.constantFrom(...CLASSIFICATIONS);

describe('identities on generated data', () => {
  it('hold on every row of every report, both layouts, and totals match a direct count', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseArb, { minLength: 6, maxLength: 6 }),
        fc.array(visitArb, { maxLength: 25 }),
        async (classifications, visits) => {
          const db = await createTestDb();
          try {
            const person = await addPerson(db, 'Trần Thị Mai');
            const firstDay = (index: number) =>
              Math.min(...visits.filter((v) => v.caseIndex === index).map((v) => v.day), 0);
            const caseIds = [];
            for (const [index, classification] of classifications.entries()) {
              const firstOn = addDays(FROM, firstDay(index) - 1);
              caseIds.push(await addCase(db, `C${index}`, { classification, subject: null, firstOn }));
            }
            for (const visit of visits) {
              await addVisit(db, {
                on: addDays(FROM, visit.day),
                kind: visit.kind,
                caseId: caseIds[visit.caseIndex]!,
                personId: person,
                classification: classifications[visit.caseIndex]!,
                subject: visit.subject,
                headcount: visit.headcount,
                refused: visit.refused,
              });
            }
            const engine = createTallyEngine({
              db,
              clock: fixedClock('2026-11-27T02:30:00Z'),
              appVersion: 'test',
              receptionFigures: () => Promise.resolve(noFigures()),
            });
            const counted = visits.filter((v) => !v.refused && addDays(FROM, v.day) <= TO && v.day >= 0);
            for (const regime of ['tt06-2025', 'tt01-2024'] as const) {
              const result = await engine.compute({ periodSpec: '2024-H1', regime, compare: false });
              const failing = result.reports.flatMap((r) => r.identities.filter((check) => !check.holds));
              expect(failing).toEqual([]);
              const values = result.reports[0]!.rows[0]!.values;
              expect(values['1']).toBe(counted.length);
              expect(values['2']).toBe(counted.reduce((sum, v) => sum + v.headcount, 0));
              expect(values['3']).toBe(new Set(counted.map((v) => v.caseIndex)).size);
            }
          } finally {
            await db.destroy();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
