import { sql, type Kysely } from 'kysely';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type {
  BackupEntry,
  BackupListView,
  BackupMadeView,
  BackupRestoreView,
} from '../../../../shared/contract/backup';
import { AppError } from '../../../../shared/contract/envelope';
import { toLocalIso } from '../../../../shared/domain/local-time';
import type { DB } from '../../db/schema';
import { BackupError } from '../../db/sqlite-backup';
import { appendAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { getSetting } from '../settings';
import { backupDir, isBackupName, readBackupFolder, type BackupFile } from './backup-files';
import type { FileCheck } from './check-file';
import { listBackups, restoreCommand } from './health';
import { createBackup, ensureDailyBackup, type BackupOptions, type MadeBackup } from './make-backup';
import { assertRestorable, restoreBackup } from './restore';

/** Closes the app's database, runs `work` on the closed file, then reopens it (or restarts the app). */
export type WithDatabaseClosed = <T>(work: () => Promise<T>) => Promise<T>;

/** Who the audit log names for the copy made at start. */
export const AUTO_BACKUP_ACTOR: Actor = { userId: null, displayName: 'Sao lưu tự động' };

/** The file behind the open database (SQLite's own answer), so backups need no extra wiring. */
export async function databaseFileOf(db: Kysely<DB>): Promise<string> {
  const result = await sql<{
    file: string;
  }>`select file from pragma_database_list where name = 'main'`.execute(db);
  const file = result.rows[0]?.file ?? '';
  if (file === '') {
    throw new AppError('CONFLICT', 'Cơ sở dữ liệu đang chạy trong bộ nhớ, không có tệp để sao lưu.');
  }
  return file;
}

/** Settings `backup_keep` (at least 1) and `backup_copy_dir` (blank: none). */
export async function backupOptions(db: Kysely<DB>): Promise<Required<BackupOptions>> {
  const keep = Math.max(1, Math.floor(await getSetting(db, 'backup_keep')));
  const copyDir = (await getSetting(db, 'backup_copy_dir')).trim();
  return { keep, copyDir: copyDir === '' ? null : copyDir };
}

function entryView(file: BackupFile, check: FileCheck | null): BackupEntry {
  const { name, kind, date, writtenAt, bytes } = file;
  const view = check && {
    ok: check.ok,
    check: check.check,
    integrity: check.integrity,
    visits: check.visits,
    problem: check.problem,
  };
  return { name, kind, date, writtenAt, bytes, check: view };
}

/** `backup:list`. */
export async function listBackupsView(db: Kysely<DB>, verify: boolean): Promise<BackupListView> {
  const dataDir = dirname(await databaseFileOf(db));
  const options = await backupOptions(db);
  return {
    folder: backupDir(dataDir),
    keep: options.keep,
    copyDir: options.copyDir,
    backups: listBackups(dataDir, { verify }).map((file) => entryView(file, file.check)),
  };
}

async function auditBackup(db: Kysely<DB>, actor: Actor, now: Date, made: MadeBackup): Promise<void> {
  if (!made.created) return;
  const { name, bytes, visits } = made.created;
  const detail = { bytes, visits, copiedTo: made.copiedTo, pruned: made.pruned, warnings: made.warnings };
  await db.transaction().execute((trx) =>
    appendAudit(trx, actor, toLocalIso(now), {
      action: 'backup.create',
      entity: 'backup',
      entityId: name,
      detail,
    }),
  );
}

/** `backup:create-now` (and the CLI's backups): a new verified copy, audited. */
export async function backupNow(ctx: ServiceContext): Promise<BackupMadeView> {
  const file = await databaseFileOf(ctx.db);
  const now = ctx.clock();
  let made: MadeBackup;
  try {
    made = await createBackup(dirname(file), file, now, await backupOptions(ctx.db));
  } catch (error) {
    if (error instanceof BackupError) throw new AppError('CONFLICT', error.message);
    throw error;
  }
  await auditBackup(ctx.db, ctx.actor, now, made);
  const written = readBackupFolder(backupDir(dirname(file))).find((f) => f.name === made.created?.name);
  if (!written) throw new AppError('INTERNAL', 'Bản sao lưu vừa ghi không còn trong thư mục; hãy thử lại.');
  const { pruned, copiedTo, warnings } = made;
  return { backup: entryView(written, null), pruned, copiedTo, warnings };
}

/**
 * `backup:restore`: checks the named backup while the database is still open, then replaces the
 * database through the app's `withDatabaseClosed`. Without that hook (the app cannot close its database
 * while running) it answers CONFLICT with the offline command to run.
 */
export async function restoreFromList(
  ctx: ServiceContext,
  name: string,
  withDatabaseClosed?: WithDatabaseClosed,
): Promise<BackupRestoreView> {
  const file = await databaseFileOf(ctx.db);
  const dataDir = dirname(file);
  const path = join(backupDir(dataDir), name);
  if (!isBackupName(name) || !existsSync(path)) {
    throw new AppError('NOT_FOUND', `Không có bản sao lưu ${name}; hãy tải lại danh sách.`);
  }
  try {
    assertRestorable(path);
  } catch (error) {
    throw new AppError('CONFLICT', (error as Error).message);
  }
  if (!withDatabaseClosed) {
    throw new AppError(
      'CONFLICT',
      `Hãy khôi phục bằng lệnh ${restoreCommand(dataDir, path)} khi ứng dụng đã đóng.`,
    );
  }
  const options = { now: ctx.clock(), actor: ctx.actor };
  const result = await withDatabaseClosed(() => restoreBackup(dataDir, file, path, options));
  return { restoredFrom: name, setAsideAs: result.setAsideAs, visits: result.check.visits };
}

/** The copy of the day, made when missing, audited; failures come back as warnings. */
export async function runDailyBackup(
  db: Kysely<DB>,
  now: Date,
  actor: Actor = AUTO_BACKUP_ACTOR,
): Promise<MadeBackup> {
  const file = await databaseFileOf(db);
  const made = await ensureDailyBackup(dirname(file), file, now, await backupOptions(db));
  await auditBackup(db, actor, now, made);
  return made;
}

/**
 * Starts the daily backup a moment after the app is up, off the start path; reports through `log`
 * and never throws (a failed backup must not stop the desk).
 */
export function startDailyBackup(db: Kysely<DB>, log: (line: string) => void, delayMs = 3000): void {
  const run = async () => {
    const made = await runDailyBackup(db, new Date());
    if (made.created) log(`Đã sao lưu tự động: ${made.created.file}`);
    for (const warning of made.warnings) log(`Cảnh báo sao lưu: ${warning}`);
  };
  setTimeout(() => {
    run().catch((error: unknown) => log(`Cảnh báo sao lưu: ${(error as Error).message}`));
  }, delayMs).unref();
}
