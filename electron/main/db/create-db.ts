import Database from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type KyselyPlugin,
} from 'kysely';
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

/**
 * Write transactions take the write lock at BEGIN (BEGIN IMMEDIATE). With the default deferred BEGIN, a
 * transaction that reads first and writes later fails with SQLITE_BUSY when another process (the CLI, a
 * second window's host) wrote in between; taking the lock up front lets busy_timeout simply wait.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly database: Database.Database) {
    super({ database });
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.database });
  }
}

/** Kysely over a SQLite file; `:memory:` in tests. */
export function createDb(file: string, options: CreateDbOptions = {}): Kysely<DB> {
  const sqlite = openSqlite(file, options);
  return new Kysely<DB>({
    dialect: new ImmediateSqliteDialect(sqlite),
    plugins: options.plugins ?? [],
  });
}
