import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { openSqlite } from '../../db/create-db';
import { MIGRATION_TABLE } from '../../db/migrate';
import { migrations as knownMigrations } from '../../db/migrations';

/** Which SQLite check ran: the full one, or the linear-time one used for big files. */
export type CheckKind = 'integrity_check' | 'quick_check';

/**
 * Above this size the start and the daily copy use `quick_check` (linear time; skips the index-content
 * cross-check): the full check runs at about 50 MB/s and would hold the app for seconds.
 */
export const QUICK_CHECK_ABOVE_BYTES = 64 * 1024 * 1024;

/** The check suited to a file's size (see QUICK_CHECK_ABOVE_BYTES). */
export function checkKindFor(file: string): CheckKind {
  const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  return size > QUICK_CHECK_ABOVE_BYTES ? 'quick_check' : 'integrity_check';
}

export interface FileCheck {
  /** Sound and readable by this version of the app. */
  ok: boolean;
  check: CheckKind;
  /** SQLite's answer ('ok', or the first problems it lists, or the error that stopped it). */
  integrity: string;
  visits: number | null;
  /** Schema changes the file carries that this version does not know (written by a newer app). */
  unknownMigrations: string[];
  /** What is wrong, in Vietnamese; null when ok. */
  problem: string | null;
}

function runCheck(sqlite: Database.Database, check: CheckKind): string {
  const rows = sqlite.pragma(`${check}(20)`) as Record<string, string>[];
  return rows.map((row) => Object.values(row)[0]).join('; ');
}

function readMigrations(sqlite: Database.Database): string[] {
  const table = sqlite
    .prepare(`select count(*) as n from sqlite_master where type = 'table' and name = ?`)
    .get(MIGRATION_TABLE) as { n: number };
  if (table.n === 0) return [];
  const rows = sqlite.prepare(`select name from ${MIGRATION_TABLE} order by name`).all() as {
    name: string;
  }[];
  return rows.map((row) => row.name);
}

function countVisits(sqlite: Database.Database): number | null {
  try {
    return (sqlite.prepare('select count(*) as n from visits').get() as { n: number }).n;
  } catch {
    return null;
  }
}

function inspect(file: string, check: CheckKind): Omit<FileCheck, 'ok' | 'problem'> {
  const sqlite = openSqlite(file, { readonly: true });
  try {
    const integrity = runCheck(sqlite, check);
    const unknownMigrations = readMigrations(sqlite).filter((name) => !(name in knownMigrations));
    return { check, integrity, visits: countVisits(sqlite), unknownMigrations };
  } finally {
    sqlite.close();
  }
}

/**
 * Opens a database file read-only and checks it: SQLite's integrity check (or quick check), the
 * schema it was written with, the number of visits. Never throws: an unreadable file is reported as
 * damaged.
 */
export function checkSqliteFile(file: string, check: CheckKind = 'integrity_check'): FileCheck {
  if (!existsSync(file)) {
    const problem = `Không tìm thấy tệp ${file}.`;
    return { ok: false, check, integrity: problem, visits: null, unknownMigrations: [], problem };
  }
  let found: Omit<FileCheck, 'ok' | 'problem'>;
  try {
    found = inspect(file, check);
  } catch (error) {
    const integrity = (error as Error).message;
    const problem = `Tệp ${file} bị hỏng hoặc không phải cơ sở dữ liệu Tiếp Dân (${integrity}).`;
    return { ok: false, check, integrity, visits: null, unknownMigrations: [], problem };
  }
  if (found.integrity !== 'ok') {
    const problem = `Tệp ${file} bị hỏng: kiểm tra toàn vẹn báo "${found.integrity.slice(0, 300)}".`;
    return { ...found, ok: false, problem };
  }
  if (found.unknownMigrations.length > 0) {
    const problem =
      `Tệp ${file} do phiên bản Tiếp Dân mới hơn tạo ra (có thay đổi cấu trúc ` +
      `"${found.unknownMigrations.join(', ')}"); hãy cài phiên bản mới nhất trước khi dùng bản này.`;
    return { ...found, ok: false, problem };
  }
  return { ...found, ok: true, problem: null };
}

/**
 * Whether another connection (the running app, a second window's host, the CLI) has the file open: an
 * exclusive lock is refused while any WAL connection holds its shared lock.
 */
export function isDatabaseInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 200');
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.exec('begin exclusive');
    sqlite.exec('commit');
    return false;
  } catch (error) {
    // A file too damaged to lock cannot be in real use either: the restore that replaces it goes ahead.
    return (error as { code?: string }).code?.startsWith('SQLITE_BUSY') ?? false;
  } finally {
    sqlite.close();
  }
}
