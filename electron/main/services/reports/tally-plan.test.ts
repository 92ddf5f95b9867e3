import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../../test/fixtures/test-db';
import { noFigures } from '../../../../test/fixtures/tally-data';
import { placedCases } from './case-cube';
import type { TallyContext } from './tally-context';
import { distinctPersonsQuery } from './visit-drill';
import { visitCubeQuery } from './visit-cube';

describe('tally query plans', () => {
  it('read the period from the covering index visits_tally or the day cells, never the wide visit rows', async () => {
    const db = await createTestDb();
    const ctx: TallyContext = {
      db,
      range: { from: '2024-01-01', to: '2024-06-30' },
      groupThreshold: 5,
      receptionFigures: () => Promise.resolve(noFigures()),
    };
    for (const query of [placedCases(ctx), distinctPersonsQuery(ctx)]) {
      const plan = await sql<{ detail: string }>`explain query plan ${query}`.execute(db);
      const visitSteps = plan.rows.map((row) => row.detail).filter((detail) => /\bv\b/.test(detail));
      expect(visitSteps.length).toBeGreaterThan(0);
      for (const step of visitSteps) expect(step).toMatch(/USING COVERING INDEX visits_tally|PRIMARY KEY/);
    }
    const cells = await sql<{ detail: string }>`explain query plan ${visitCubeQuery(ctx)}`.execute(db);
    expect(cells.rows.map((row) => row.detail)).toContain(
      'SEARCH c USING PRIMARY KEY (received_on>? AND received_on<?)',
    );
    await db.destroy();
  });
});
