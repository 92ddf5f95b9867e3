import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { toLocalDate } from '../../../../shared/domain/local-time';
import { backupSqlite, type BackupResult } from '../../db/sqlite-backup';
import { backupDir, dailyBackupName, freeName, readBackupFolder } from './backup-files';
import { checkKindFor } from './check-file';

export interface BackupOptions {
  /** How many automatic and manual copies to keep (setting `backup_keep`); older ones are deleted. */
  keep: number;
  /** A second folder (a removable drive) that receives a copy too; empty or null: none. */
  copyDir?: string | null;
}

export interface MadeBackup {
  /** The copy just written; null when today's already existed. */
  created: (BackupResult & { name: string }) | null;
  /** Older copies deleted to keep the newest `keep`. */
  pruned: string[];
  /** Where the extra copy went, when it was made. */
  copiedTo: string | null;
  /** What did not work, in Vietnamese (the backup itself may still be fine). */
  warnings: string[];
}

const COPY_ERRORS: Record<string, string> = {
  ENOENT: 'thư mục không còn (ổ USB đã rút?)',
  EROFS: 'ổ chỉ cho đọc',
  EACCES: 'không có quyền ghi',
  EPERM: 'không có quyền ghi',
  ENOSPC: 'ổ đã đầy',
  ENOTDIR: 'đường dẫn không phải là thư mục',
};

function copyFailed(copyDir: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = COPY_ERRORS[code] ?? (error as Error).message;
  return (
    `Không chép được bản sao lưu sang ${copyDir}: ${reason}. Bản sao lưu vẫn nằm trong thư mục dữ liệu; ` +
    `hãy cắm lại ổ hoặc sửa cài đặt "backup_copy_dir", rồi bấm "Sao lưu ngay".`
  );
}

/**
 * Copies a finished backup into the extra folder, through a temporary name so a pulled drive never
 * holds a half file under the final name. Never throws: a missing or read-only target is a warning.
 */
export function copyToFolder(
  file: string,
  copyDir: string,
): { copiedTo: string | null; warning: string | null } {
  if (!existsSync(copyDir) || !statSync(copyDir).isDirectory()) {
    return {
      copiedTo: null,
      warning:
        `Không thấy thư mục sao chép dự phòng ${copyDir} (ổ USB chưa cắm?). Bản sao lưu vẫn nằm trong ` +
        `thư mục dữ liệu; hãy cắm ổ rồi bấm "Sao lưu ngay" hoặc sửa cài đặt "backup_copy_dir".`,
    };
  }
  const target = join(copyDir, basename(file));
  const partial = `${target}.dang-ghi`;
  try {
    copyFileSync(file, partial);
    renameSync(partial, target);
    return { copiedTo: target, warning: null };
  } catch (error) {
    rmSync(partial, { force: true });
    return { copiedTo: null, warning: copyFailed(copyDir, error) };
  }
}

/** Deletes all but the newest `keep` automatic and manual copies; copies set aside by a restore stay. */
export function pruneBackups(folder: string, keep: number): string[] {
  const rotating = readBackupFolder(folder).filter((file) => file.kind !== 'before_restore');
  const old = rotating.slice(Math.max(1, Math.floor(keep)));
  for (const file of old) rmSync(file.path, { force: true });
  return old.map((file) => file.name);
}

function extraCopy(file: string, options: BackupOptions, result: MadeBackup): void {
  if (!options.copyDir) return;
  const copy = copyToFolder(file, options.copyDir);
  result.copiedTo = copy.copiedTo;
  if (copy.warning) result.warnings.push(copy.warning);
  else result.pruned.push(...pruneBackups(options.copyDir, options.keep).map((name) => `${name} (USB)`));
}

/**
 * "Sao lưu ngay": a verified online copy `backups/tiepdan-<date>-<time>.db`, pruned to the newest
 * `keep` and copied to the extra folder. Throws BackupError when the copy itself fails.
 */
export async function createBackup(
  dataDir: string,
  dbFile: string,
  now: Date,
  options: BackupOptions,
): Promise<MadeBackup> {
  const folder = backupDir(dataDir);
  mkdirSync(folder, { recursive: true });
  const name = freeName(folder, 'tiepdan', now);
  const made = await backupSqlite(dbFile, join(folder, name), { check: checkKindFor(dbFile) });
  const result: MadeBackup = { created: { ...made, name }, pruned: [], copiedTo: null, warnings: [] };
  result.pruned.push(...pruneBackups(folder, options.keep));
  extraCopy(made.file, options, result);
  return result;
}

/**
 * The automatic copy of the day, `backups/tiepdan-<yyyy-mm-dd>.db` (local date), made when it is
 * missing; then pruning and the extra copy (also made when only the extra copy is missing, e.g. the
 * drive was plugged in later). Never throws: every failure is a Vietnamese warning.
 */
export async function ensureDailyBackup(
  dataDir: string,
  dbFile: string,
  now: Date,
  options: BackupOptions,
): Promise<MadeBackup> {
  const result: MadeBackup = { created: null, pruned: [], copiedTo: null, warnings: [] };
  const folder = backupDir(dataDir);
  const name = dailyBackupName(toLocalDate(now));
  const file = join(folder, name);
  try {
    mkdirSync(folder, { recursive: true });
    if (!existsSync(file)) {
      result.created = { ...(await backupSqlite(dbFile, file, { check: checkKindFor(dbFile) })), name };
      result.pruned.push(...pruneBackups(folder, options.keep));
    }
  } catch (error) {
    result.warnings.push(
      `Chưa sao lưu được hôm nay: ${(error as Error).message} Hãy kiểm tra chỗ trống trên ổ đĩa rồi bấm ` +
        `"Sao lưu ngay".`,
    );
    return result;
  }
  if (options.copyDir && !existsSync(join(options.copyDir, name))) extraCopy(file, options, result);
  return result;
}
