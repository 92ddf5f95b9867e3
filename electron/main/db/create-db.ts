import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type KyselyPlugin } from 'kysely';
import type { DB } from './schema';

export interface CreateDbOptions {
  /** Extra Kysely plugins (tests use one to pause inside a transaction). */
  plugins?: KyselyPlugin[];
  /** Open without writing anything (status, verification of a backup copy). */
  readonly?: boolean;
  /** Path of a better-sqlite3 binary built for another ABI (Electron); see scripts/start.mjs. */
  nativeBinding?: string;
}

/**
 * Opens the SQLite file with the pragmas the register needs: WAL for readers beside the writer,
 * synchronous=FULL so an acknowledged save survives a power cut, and enforced foreign keys.
 */
export function openSqlite(file: string, options: CreateDbOptions = {}): Database.Database {
  const sqlite = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  sqlite.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
  }
  sqlite.pragma('foreign_keys = ON');
  return sqlite;
}

/** Kysely over a SQLite file; `:memory:` in tests. */
export function createDb(file: string, options: CreateDbOptions = {}): Kysely<DB> {
  const sqlite = openSqlite(file, options);
  return new Kysely<DB>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: options.plugins ?? [],
  });
}
