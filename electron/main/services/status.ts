import { sql, type Kysely } from 'kysely';
import { appliedMigrations, LATEST_SCHEMA_VERSION } from '../db/migrate';
import type { DB } from '../db/schema';

export const COUNTED_TABLES = [
  'persons',
  'cases',
  'visits',
  'reception_sessions',
  'users',
  'settings',
  'audit_log',
] as const;

export interface DatabaseStatus {
  schemaVersion: number;
  latestSchemaVersion: number;
  counts: Record<(typeof COUNTED_TABLES)[number], number>;
}

/** Schema version and row counts, for the command line's `status`. */
export async function databaseStatus(db: Kysely<DB>): Promise<DatabaseStatus> {
  const applied = await appliedMigrations(db);
  const counts = {} as DatabaseStatus['counts'];
  for (const table of COUNTED_TABLES) {
    const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(row.rows[0]?.n ?? 0);
  }
  return { schemaVersion: applied.length, latestSchemaVersion: LATEST_SCHEMA_VERSION, counts };
}
