import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDb } from './create-db';
import { appliedMigrations, LATEST_SCHEMA_VERSION, migrateToLatest, NewerDatabaseError } from './migrate';
import { migrations } from './migrations';

const CORE_TABLES = ['audit_log', 'cases', 'persons', 'settings', 'users', 'visits'];

function tempFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'tiepdan-mig-')), 'test.db');
}

describe('migrations', () => {
  it('are numbered 0001, 0002, … without gaps and named NNNN_snake_case', () => {
    const names = Object.keys(migrations);
    names.forEach((name, index) => {
      expect(name).toMatch(/^\d{4}_[a-z0-9_]+$/);
      expect(Number(name.slice(0, 4))).toBe(index + 1);
    });
    expect(LATEST_SCHEMA_VERSION).toBe(names.length);
  });

  it('run from an empty database and create the core tables', async () => {
    const db = createDb(':memory:');
    const result = await migrateToLatest(db);
    expect(result.applied).toEqual(Object.keys(migrations));
    expect(result.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
      db,
    );
    const names = tables.rows.map((row) => row.name);
    for (const table of CORE_TABLES) expect(names).toContain(table);
    await db.destroy();
  });

  it('seed the subject list and create the folded search indexes', async () => {
    const db = createDb(':memory:');
    await migrateToLatest(db);
    const subjects = await sql<{ code: string }>`select code from subjects order by sort_order`.execute(db);
    expect(subjects.rows.map((row) => row.code)).toEqual([
      'dat_dai',
      'chinh_sach',
      'nha_tai_san',
      'che_do_cbccvc',
      'hanh_chinh_khac',
      'tu_phap',
      'tham_nhung',
      'ct_vh_xh',
      'khac',
    ]);
    const fts = await sql<{
      name: string;
    }>`select name from sqlite_master where sql like '%using fts5%' order by name`.execute(db);
    expect(fts.rows.map((row) => row.name)).toEqual([
      'case_search',
      'case_search_vocab',
      'person_search',
      'visit_search',
    ]);
    await db.destroy();
  });

  it('apply nothing the second time', async () => {
    const db = createDb(':memory:');
    await migrateToLatest(db);
    const again = await migrateToLatest(db);
    expect(again.applied).toEqual([]);
    expect(again.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    await db.destroy();
  });

  it('refuse a database written by a newer version and leave the file byte for byte unchanged', async () => {
    const file = tempFile();
    const newer = createDb(file);
    await migrateToLatest(newer, { ...migrations, '9999_from_the_future': { up: async () => {} } });
    await newer.destroy();
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');

    const db = createDb(file);
    await expect(migrateToLatest(db)).rejects.toThrow(NewerDatabaseError);
    await expect(migrateToLatest(db)).rejects.toThrow(/phiên bản Tiếp Dân mới hơn/);
    expect(await appliedMigrations(db)).toContain('9999_from_the_future');
    await db.destroy();
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
  });

  it('make the audit log append-only', async () => {
    const db = createDb(':memory:');
    await migrateToLatest(db);
    await sql`insert into audit_log (at, actor, action, prev_hash, hash) values ('t', 'a', 'x', 'p', 'h')`.execute(
      db,
    );
    await expect(sql`update audit_log set action = 'y'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
    await db.destroy();
  });
});
