import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { toLocalIso } from '../../../../shared/domain/local-time';
import { createDb, openSqlite } from '../../db/create-db';
import { BackupError } from '../../db/sqlite-backup';
import { appendAudit } from '../audit';
import type { Actor } from '../context';
import { backupDir, freeName } from './backup-files';
import { checkSqliteFile, isDatabaseInUse, type FileCheck } from './check-file';

export interface RestoreOptions {
  now: Date;
  /** Who restored; written into the restored database's audit log. */
  actor: Actor;
}

export interface RestoreResult {
  /** The backup that is now the database. */
  restoredFrom: string;
  /** Where the replaced database went (`backups/truoc-khoi-phuc-<time>.db`); null when there was none. */
  setAsideAs: string | null;
  check: FileCheck;
}

/**
 * Checks a backup before anything is touched: sound (integrity_check) and not written by a newer
 * version of the app. Throws BackupError with what to do.
 */
export function assertRestorable(backupFile: string): FileCheck {
  const check = checkSqliteFile(backupFile);
  if (!check.ok) throw new BackupError(`Không khôi phục từ bản này: ${check.problem ?? ''}`);
  return check;
}

/** The backup's content (its own -wal included, if any) written next to the database, unverified yet. */
async function stageCopy(backupFile: string, staged: string): Promise<void> {
  rmSync(staged, { force: true });
  const source = openSqlite(backupFile, { readonly: true });
  try {
    await source.backup(staged);
  } finally {
    source.close();
  }
  // A rollback-journal file: the check below leaves no -wal/-shm under the staging name.
  const copy = new Database(staged);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  // The source passed the full check just before; the linear-time check catches a bad write.
  const check = checkSqliteFile(staged, 'quick_check');
  if (!check.ok) {
    rmSync(staged, { force: true });
    throw new BackupError(`Bản chép tạm để khôi phục không đạt kiểm tra (${check.integrity}); chưa đổi gì.`);
  }
}

/** Moves the database and its -wal into the backups folder under one free name. */
function setAside(dbFile: string, folder: string, now: Date): string | null {
  if (!existsSync(dbFile)) return null;
  const name = freeName(folder, 'truoc-khoi-phuc', now);
  const target = join(folder, name);
  // The -wal may hold committed saves: it travels with the file. The -shm is only an index, rebuilt on open.
  if (existsSync(`${dbFile}-wal`)) renameSync(`${dbFile}-wal`, `${target}-wal`);
  rmSync(`${dbFile}-shm`, { force: true });
  renameSync(dbFile, target);
  return name;
}

async function auditRestore(dbFile: string, options: RestoreOptions, detail: object): Promise<void> {
  const db = createDb(dbFile);
  try {
    await db.transaction().execute((trx) =>
      appendAudit(trx, options.actor, toLocalIso(options.now), {
        action: 'backup.restore',
        entity: 'backup',
        entityId: null,
        detail,
      }),
    );
  } finally {
    await db.destroy();
  }
}

/**
 * Puts a backup in place of the database `dbFile` in `dataDir`. The database must be closed (the CLI
 * runs with the app shut; the app calls this between `db.destroy()` and reopening): a file another
 * connection holds is refused. Order: verify the backup, stage a copy beside the database, move the
 * database (with its -wal/-shm) aside to `backups/truoc-khoi-phuc-<time>.db`, rename the staged copy
 * into place, append `backup.restore` to the restored audit log. Until the renames, nothing changes.
 */
export async function restoreBackup(
  dataDir: string,
  dbFile: string,
  backupFile: string,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const check = assertRestorable(backupFile);
  if (isDatabaseInUse(dbFile)) {
    throw new BackupError(
      'Cơ sở dữ liệu đang được mở (ứng dụng Tiếp Dân hoặc một lệnh khác đang chạy). Hãy đóng ứng dụng ' +
        'rồi chạy lại lệnh khôi phục.',
    );
  }
  const folder = backupDir(dataDir);
  mkdirSync(folder, { recursive: true });
  const staged = `${dbFile}.dang-khoi-phuc`;
  await stageCopy(backupFile, staged);
  const setAsideAs = setAside(dbFile, folder, options.now);
  renameSync(staged, dbFile);
  await auditRestore(dbFile, options, { from: basename(backupFile), setAsideAs, visits: check.visits });
  return { restoredFrom: backupFile, setAsideAs, check };
}
