import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb } from './create-db';
import { migrateToLatest } from './migrate';
import { addSearchTerms } from './search-index';
import { createSearchMaintenance, mergeSearchStep } from './search-maintenance';

async function segments(db: ReturnType<typeof createDb>): Promise<number> {
  // The FTS5 structure record lists every segment; its size grows with their number.
  const row = await sql<{
    n: number;
  }>`select length(block) as n from visit_search_data where id = 10`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}

async function dbWithSegments() {
  const db = createDb(':memory:');
  await migrateToLatest(db);
  // One transaction per row, as saves are: each flush leaves a segment, and nothing merges them any more.
  for (let id = 1; id <= 40; id++) {
    await db.transaction().execute((trx) => addSearchTerms(trx, 'visit_search', id, `nguyen van an ${id}`));
  }
  return db;
}

afterEach(() => vi.useRealTimers());

describe('search index maintenance', () => {
  it('leaves merging out of saves (automerge off) and merges in bounded idle steps', async () => {
    const db = await dbWithSegments();
    const before = await segments(db);
    let steps = 0;
    while (await mergeSearchStep(db)) steps++;
    expect(steps).toBeGreaterThan(0);
    expect(await segments(db)).toBeLessThan(before);
    expect(await mergeSearchStep(db)).toBe(false);
    const found = await sql<{
      rowid: number;
    }>`select rowid from visit_search where visit_search match 'an' order by rowid`.execute(db);
    expect(found.rows.map((row) => row.rowid)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    await db.destroy();
  });

  it('runs once after a burst of saves, a delay after the first', async () => {
    vi.useFakeTimers();
    const db = await dbWithSegments();
    const before = await segments(db);
    const errors: unknown[] = [];
    const maintenance = createSearchMaintenance(db, (error) => errors.push(error), 1_000);
    maintenance.schedule();
    maintenance.schedule();
    expect(await segments(db)).toBe(before);
    await vi.advanceTimersByTimeAsync(1_000);
    vi.useRealTimers();
    await vi.waitFor(async () => expect(await segments(db)).toBeLessThan(before));
    maintenance.stop();
    expect(errors).toEqual([]);
    await db.destroy();
  });
});
