import { mkdirSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { createDb, type CreateDbOptions } from './db/create-db';
import { migrateToLatest } from './db/migrate';
import type { DB } from './db/schema';
import { databasePath } from './data-dir';

export interface OpenedDatabase {
  db: Kysely<DB>;
  file: string;
  schemaVersion: number;
  /** Migrations applied by this start (empty when the file was already current). */
  applied: string[];
}

/**
 * Creates the data folder and the database on first start, migrates it, and refuses a file written by
 * a newer version (the file is closed untouched and the error says what to do).
 */
export async function openDatabase(dataDir: string, options: CreateDbOptions = {}): Promise<OpenedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const file = databasePath(dataDir);
  const db = createDb(file, options);
  try {
    const result = await migrateToLatest(db);
    return { db, file, ...result };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
