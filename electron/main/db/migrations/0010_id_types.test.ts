import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { visitInput } from '../../../../test/fixtures/visit-input';
import { fixedClock, testContext } from '../../../../test/fixtures/test-db';
import { createVisit } from '../../services/visits/create-visit';
import { createDb } from '../create-db';
import { migrateToLatest } from '../migrate';
import type { DB } from '../schema';
import { migrations } from './index';

const BEFORE = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0010'));

let db: Kysely<DB>;
afterEach(async () => {
  await db.destroy();
});

/** Every row of a table with each value's SQLite storage class (sqlite_sequence by name: its row order is free). */
async function dump(table: string): Promise<unknown[]> {
  const columns = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
  const typed = columns.rows.map(
    (c) => `quote("${c.name}") as "${c.name}", typeof("${c.name}") as "t_${c.name}"`,
  );
  const rows = await sql
    .raw(
      `select ${typed.join(', ')} from "${table}" order by ${table === 'sqlite_sequence' ? 'name' : 'rowid'}`,
    )
    .execute(db);
  return rows.rows;
}

async function schemaOf(): Promise<unknown[]> {
  const rows = await sql`select type, name, sql from sqlite_master
    where tbl_name = 'persons' and type in ('index', 'trigger') order by name`.execute(db);
  return rows.rows;
}

async function searchIds(word: string): Promise<number[]> {
  const rows = await sql<{ rowid: number }>`select rowid from person_search
    where person_search match ${word} order by rowid`.execute(db);
  return rows.rows.map((row) => row.rowid);
}

/** Tables whose foreign keys point at persons. */
async function childTablesOfPersons(): Promise<string[]> {
  const rows = await sql<{ child: string }>`select m.name as child from sqlite_master m,
    pragma_foreign_key_list(m.name) p where m.type = 'table' and p."table" = 'persons'
    order by m.name`.execute(db);
  return rows.rows.map((row) => row.child);
}

async function seedRegister(): Promise<void> {
  const ctx = testContext(db, fixedClock('2026-06-02T02:30:00Z'));
  const first = await createVisit(ctx, visitInput());
  await createVisit(
    ctx,
    visitInput(
      {
        headcount: 5,
        representatives: [{ fullName: 'Trần Thị Lan', idType: 'cmnd', idNumber: '012345678' }],
      },
      { fullName: 'Lê Văn Hùng', idNumber: 'B1234567', idType: 'ho_chieu', birthYear: null, gender: null },
    ),
  );
  await createVisit(ctx, visitInput({ caseId: first.caseId }, { idType: 'khong_co', idNumber: '' }));
  // Persons 1–4 are on file (3 citizens, 1 representative); a fifth is deleted, so the next id is 6 as the
  // old table would have given it.
  await sql`insert into persons (full_name, name_key, created_at, updated_at)
    values ('Xóa sau', 'xoa sau', '2026-06-02T09:30:00+07:00', '2026-06-02T09:30:00+07:00')`.execute(db);
  await sql`delete from persons where full_name = 'Xóa sau'`.execute(db);
}

describe('0010_id_types', () => {
  it('rebuilds persons keeping every row, id, reference, index and search row, and accepts the new types', async () => {
    db = createDb(join(mkdtempSync(join(tmpdir(), 'tiepdan-0010-')), 'test.db'));
    await migrateToLatest(db, BEFORE);
    await seedRegister();
    const tables = ['persons', 'visits', 'visit_persons', 'cases', 'sqlite_sequence'];
    const before = await Promise.all(tables.map(dump));
    const indexes = await schemaOf();
    const childTables = await childTablesOfPersons();
    expect(childTables).toEqual(expect.arrayContaining(['petition_senders', 'visit_persons', 'visits']));
    const found = [await searchIds('nguyen'), await searchIds('hung'), await searchIds('lan')];
    expect(found.every((ids) => ids.length > 0)).toBe(true);

    const result = await migrateToLatest(db);

    expect(result.applied.slice(0, 2)).toEqual(['0010_id_types', '0011_search_merge']);
    expect(await Promise.all(tables.map(dump))).toEqual(before);
    expect(await schemaOf()).toEqual(indexes);
    expect([await searchIds('nguyen'), await searchIds('hung'), await searchIds('lan')]).toEqual(found);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    expect(fk.rows[0]?.foreign_keys).toBe(1);
    const broken = await sql`pragma foreign_key_check`.execute(db);
    expect(broken.rows).toEqual([]);
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    expect(integrity.rows).toEqual([{ integrity_check: 'ok' }]);
    expect(await childTablesOfPersons()).toEqual(childTables);

    const inserted = await db
      .insertInto('persons')
      .values({
        full_name: 'Phạm Thị Hoa',
        name_key: 'pham thi hoa',
        id_type: 'gcn_can_cuoc',
        id_number: '001185000123',
        created_at: '2026-07-02T09:00:00+07:00',
        updated_at: '2026-07-02T09:00:00+07:00',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(inserted.id).toBe(6);
    for (const idType of ['so_can_cuoc', 'so_dinh_danh']) {
      await sql`update persons set id_type = ${idType} where id = 6`.execute(db);
    }
    await expect(sql`update persons set id_type = 'the_xanh' where id = 6`.execute(db)).rejects.toThrow(
      /CHECK constraint failed/,
    );
    await expect(sql`delete from persons where id = 1`.execute(db)).rejects.toThrow(/FOREIGN KEY/);
  });
});
