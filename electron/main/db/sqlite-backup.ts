import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { openSqlite } from './create-db';

export interface BackupResult {
  file: string;
  bytes: number;
  integrity: string;
  visits: number;
}

/** Raised with a Vietnamese message when a backup cannot be made or fails verification. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * SQLite's online backup of a live database (consistent even while the desk keeps saving), written to a
 * temporary name, verified by opening the copy and running `PRAGMA integrity_check`, then renamed: a
 * file with the final name is always a complete, checked copy.
 */
export async function backupSqlite(
  sourceFile: string,
  targetFile: string,
  options: { check?: 'integrity_check' | 'quick_check' } = {},
): Promise<BackupResult> {
  if (!existsSync(sourceFile)) throw new BackupError(`Không tìm thấy cơ sở dữ liệu tại ${sourceFile}.`);
  if (existsSync(targetFile)) {
    throw new BackupError(`Tệp ${targetFile} đã có; hãy chọn tên khác để không ghi đè bản sao lưu cũ.`);
  }
  const partial = `${targetFile}.dang-ghi`;
  rmSync(partial, { force: true });
  const source = openSqlite(sourceFile);
  try {
    await source.backup(partial);
    selfContained(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`Không ghi được bản sao lưu vào ${targetFile}: ${(error as Error).message}.`);
  } finally {
    source.close();
  }
  const check = verifySqliteFile(partial, options.check);
  if (check.integrity !== 'ok') {
    rmSync(partial, { force: true });
    throw new BackupError(`Bản sao lưu không qua kiểm tra toàn vẹn (${check.integrity}); đã xóa bản lỗi.`);
  }
  renameSync(partial, targetFile);
  return { file: targetFile, ...check };
}

/**
 * The copy inherits WAL mode from the live file; a rollback-journal copy is one self-contained file that
 * opens read-only (verification, listing) without leaving -wal/-shm files beside it.
 */
function selfContained(file: string): void {
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Opens a copy read-only and reports its integrity and size. `quick_check` (linear time, no index
 * cross-check) keeps big files from holding the event loop for seconds.
 */
export function verifySqliteFile(
  file: string,
  check: 'integrity_check' | 'quick_check' = 'integrity_check',
): Omit<BackupResult, 'file'> {
  const copy = openSqlite(file, { readonly: true });
  try {
    const rows = copy.pragma(check) as Record<string, string>[];
    const integrity = rows.map((row) => Object.values(row)[0]).join('; ');
    const visits = (copy.prepare('select count(*) as n from visits').get() as { n: number }).n;
    const pages = copy.pragma('page_count', { simple: true }) as number;
    const pageSize = copy.pragma('page_size', { simple: true }) as number;
    return { integrity, visits, bytes: pages * pageSize };
  } finally {
    copy.close();
  }
}
