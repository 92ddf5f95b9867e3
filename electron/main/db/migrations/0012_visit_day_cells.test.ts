import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCase, addPerson, addVisit } from '../../../../test/fixtures/tally-data';
import { createTestDb } from '../../../../test/fixtures/test-db';
import { createDb } from '../create-db';
import { migrateToLatest } from '../migrate';
import type { DB } from '../schema';
import { migrations } from './index';

let db: Kysely<DB>;

beforeEach(async () => {
  db = await createTestDb();
});
afterEach(async () => {
  await db.destroy();
});

/** The cells as the triggers keep them, in key order. */
async function cells(): Promise<unknown[]> {
  const result = await sql`select * from visit_day_cells order by 1, 2, 3, 4, 5, 6, 7, 8`.execute(db);
  return result.rows;
}

/** The same cells worked out from the visits themselves. */
async function recount(): Promise<unknown[]> {
  const result =
    await sql`select received_on, reception_kind, headcount, refusal_reason is not null as is_refused,
      classification, coalesce(subject, '') as subject, channel, coalesce(handling, '') as handling,
      count(*) as visits, sum(headcount) as people
    from visits group by 1, 2, 3, 4, 5, 6, 7, 8 order by 1, 2, 3, 4, 5, 6, 7, 8`.execute(db);
  return result.rows;
}

async function seed(): Promise<number[]> {
  const personId = await addPerson(db, 'Nguyễn Văn An');
  const caseId = await addCase(db, 'VV-1', {
    classification: 'khieu_nai',
    subject: 'dat_dai',
    firstOn: '2026-01-05',
  });
  const base = { caseId, personId, classification: 'khieu_nai' as const, subject: 'dat_dai' };
  return [
    await addVisit(db, { ...base, on: '2026-01-05', kind: 'thuong_xuyen' }),
    await addVisit(db, { ...base, on: '2026-01-05', kind: 'thuong_xuyen' }),
    await addVisit(db, { ...base, on: '2026-01-05', kind: 'thuong_xuyen', headcount: 7 }),
    await addVisit(db, { ...base, on: '2026-01-06', kind: 'dinh_ky', handling: 'thu_ly' }),
    await addVisit(db, { ...base, on: '2026-01-06', kind: 'uy_quyen', refused: true, subject: null }),
  ];
}

describe('0012 visit_day_cells', () => {
  it('counts each saved visit in its day cell, people by headcount', async () => {
    await seed();
    const rows = await sql<{
      received_on: string;
      reception_kind: string;
      headcount: number;
      visits: number;
      people: number;
    }>`
      select received_on, reception_kind, headcount, visits, people from visit_day_cells order by 1, 2, 3`.execute(
      db,
    );
    expect(rows.rows).toEqual([
      { received_on: '2026-01-05', reception_kind: 'thuong_xuyen', headcount: 1, visits: 2, people: 2 },
      { received_on: '2026-01-05', reception_kind: 'thuong_xuyen', headcount: 7, visits: 1, people: 7 },
      { received_on: '2026-01-06', reception_kind: 'dinh_ky', headcount: 1, visits: 1, people: 1 },
      { received_on: '2026-01-06', reception_kind: 'uy_quyen', headcount: 1, visits: 1, people: 1 },
    ]);
    expect(await cells()).toEqual(await recount());
  });

  it('moves a visit between cells when any counted fact is edited, and drops emptied cells', async () => {
    const [first, , group, periodic, refused] = await seed();
    const edits: [number, Record<string, unknown>][] = [
      [first!, { received_on: '2026-01-07', received_at: '2026-01-07T08:00:00+07:00' }],
      [group!, { headcount: 4 }],
      [periodic!, { reception_kind: 'dot_xuat', handling: null }],
      [refused!, { refusal_reason: null, subject: 'y_te' }],
      [first!, { classification: 'to_cao', channel: 'truc_tuyen' }],
      [periodic!, { refusal_reason: 'say_ruou' }],
    ];
    for (const [id, values] of edits) {
      await db.updateTable('visits').set(values).where('id', '=', id).execute();
      expect(await cells()).toEqual(await recount());
    }
    const zero = await sql`select count(*) as n from visit_day_cells where visits <= 0`.execute(db);
    expect(zero.rows).toEqual([{ n: 0 }]);
  });

  it('fills the cells from the visits already saved when an existing register is upgraded', async () => {
    await db.destroy();
    db = createDb(join(mkdtempSync(join(tmpdir(), 'tiepdan-0012-')), 'test.db'));
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0012'));
    await migrateToLatest(db, before);
    await seed();
    const result = await migrateToLatest(db);
    expect(result.applied[0]).toBe('0012_visit_day_cells');
    expect(await cells()).toHaveLength(4);
    expect(await cells()).toEqual(await recount());
  });

  it('forgets a deleted visit, and a rolled-back save leaves the cells as they were', async () => {
    const [first, second] = await seed();
    const before = await cells();
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.updateTable('visits').set({ headcount: 30 }).where('id', '=', first!).execute();
        throw new Error('lưu thất bại');
      }),
    ).rejects.toThrow('lưu thất bại');
    expect(await cells()).toEqual(before);
    await db.deleteFrom('visit_documents').where('visit_id', 'in', [first!, second!]).execute();
    await db.deleteFrom('visit_persons').where('visit_id', 'in', [first!, second!]).execute();
    await db.deleteFrom('visits').where('id', 'in', [first!, second!]).execute();
    expect(await cells()).toEqual(await recount());
  });
});
