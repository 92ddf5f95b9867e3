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
  // A 32 MB page cache (the default is 2 MB) keeps the register's hot index pages in memory; a
  // million-visit file is over 1 GB and its B-tree updates are otherwise read from disk again and again.
  sqlite.pragma('cache_size = -32768');
  sqlite.pragma('temp_store = memory');
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    // A checkpoint copies the WAL back into a 1 GB file at random places; at SQLite's default of 1,000
    // pages it landed inside one save in twenty (p95 30 ms, max 150 ms). 10,000 pages (40 MB of WAL)
    // makes it rare; it still runs, and on close.
    sqlite.pragma('wal_autocheckpoint = 10000');
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

/** How many distinct SQL texts keep their prepared statement. */
const STATEMENT_CACHE_SIZE = 300;

/**
 * Kysely's SQLite driver prepares every statement again; compiling the SQL is a good part of a small
 * query's cost. This keeps the prepared statements of the most recent SQL texts (queries are built with
 * parameters, so the texts repeat).
 */
export function withStatementCache(sqlite: Database.Database): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const cached = cache.get(source);
    if (cached) {
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = sqlite.prepare(source);
    cache.set(source, statement);
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The connection under each Kysely instance made by createDb. */
const connections = new WeakMap<Kysely<DB>, Database.Database>();

/** Kysely over a SQLite file; `:memory:` in tests. */
export function createDb(file: string, options: CreateDbOptions = {}): Kysely<DB> {
  const connection = openSqlite(file, options);
  const db = new Kysely<DB>({
    dialect: new ImmediateSqliteDialect(withStatementCache(connection)),
    plugins: options.plugins ?? [],
  });
  connections.set(db, connection);
  return db;
}

/**
 * The better-sqlite3 connection under a Kysely instance made by createDb, for a bulk write that prepares
 * its statements once (the register import). Statements run on it belong to whatever transaction Kysely
 * has open on the same connection.
 */
export function sqliteConnection(db: Kysely<DB>): Database.Database {
  const connection = connections.get(db);
  if (connection === undefined) throw new Error('This Kysely instance was not made by createDb.');
  return connection;
}
