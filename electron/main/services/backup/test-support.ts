import Database from 'better-sqlite3';
import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { fixedClock, testContext } from '../../../../test/fixtures/test-db';
import { visitInput } from '../../../../test/fixtures/visit-input';
import { databasePath } from '../../data-dir';
import { createDb } from '../../db/create-db';
import { migrateToLatest } from '../../db/migrate';
import type { DB } from '../../db/schema';
import { createVisit } from '../visits/create-visit';

export interface TestDataDir {
  dataDir: string;
  file: string;
  db: Kysely<DB>;
}

/** A temp data folder with a migrated `tiepdan.db` holding `visits` saved visits; the db stays open. */
export async function dataDirWithVisits(visits: number): Promise<TestDataDir> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-backup-'));
  const file = databasePath(dataDir);
  const db = createDb(file);
  await migrateToLatest(db);
  await addVisits(db, visits);
  return { dataDir, file, db };
}

/** Saves visits with distinct CCCD numbers (province 001, male, born 1985). */
export async function addVisits(db: Kysely<DB>, count: number, from = 0): Promise<void> {
  const ctx = testContext(db, fixedClock('2026-11-27T02:30:00Z'));
  for (let i = from; i < from + count; i += 1) {
    const idNumber = `001085${String(i).padStart(6, '0')}`;
    await createVisit(ctx, visitInput({}, { idNumber }));
  }
}

export function countRows(file: string, table: string): number {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

/** Marks a database file as written by a future version (a migration this app does not know). */
export function markNewerSchema(file: string): void {
  const sqlite = new Database(file);
  try {
    sqlite
      .prepare('insert into kysely_migration (name, timestamp) values (?, ?)')
      .run('9999_from_the_future', new Date().toISOString());
  } finally {
    sqlite.close();
  }
}

/**
 * Overwrites the first bytes of the `visits` table's root page with garbage, as a failing disk would:
 * the header and schema stay readable, so SQLite opens the file and its integrity check finds the damage.
 */
export function corruptVisitsPage(file: string): void {
  const sqlite = new Database(file, { readonly: true });
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  const root = sqlite.prepare(`select rootpage from sqlite_master where name = 'visits'`).get() as {
    rootpage: number;
  };
  sqlite.close();
  const fd = openSync(file, 'r+');
  try {
    const garbage = Buffer.alloc(64, 0xa5);
    writeSync(fd, garbage, 0, garbage.length, (root.rootpage - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}
