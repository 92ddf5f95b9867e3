import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import { formatCount } from '../../../../shared/domain/number-format';
import { backupDir, readBackupFolder, type BackupFile } from './backup-files';
import { checkKindFor, checkSqliteFile, type FileCheck } from './check-file';

export interface DatabaseHealth {
  file: string;
  dataDir: string;
  /** False only when the file exists and fails the check. */
  ok: boolean;
  /** Null for a first start (no file yet). */
  check: FileCheck | null;
  /** The newest backup that passes the full check, offered when the database is damaged. */
  offer: (BackupFile & { check: FileCheck }) | null;
}

export type CheckedBackup = BackupFile & { check: FileCheck | null };

/**
 * The backups of a data folder (`<dataDir>/backups`), newest first, with file, date and size; with
 * `verify`, each is opened read-only and checked (integrity_check, quick_check above 64 MB, and the
 * schema version), which takes time on big files.
 */
export function listBackups(dataDir: string, options: { verify?: boolean } = {}): CheckedBackup[] {
  return readBackupFolder(backupDir(dataDir)).map((file) => ({
    ...file,
    check: options.verify ? checkSqliteFile(file.path, checkKindFor(file.path)) : null,
  }));
}

/** The newest backup in the folder that is sound and not newer than this app; null when none is. */
export function newestGoodBackup(dataDir: string): (BackupFile & { check: FileCheck }) | null {
  for (const file of readBackupFolder(backupDir(dataDir))) {
    const check = checkSqliteFile(file.path);
    if (check.ok) return { ...file, check };
  }
  return null;
}

/**
 * Run at start, before the database is opened: the integrity check (quick_check above
 * QUICK_CHECK_ABOVE_BYTES) and, when it fails, the newest good backup to offer. A file written by a newer
 * version is not "damaged" here: opening refuses it with its own message.
 */
export function checkDatabaseHealth(file: string, dataDir: string = dirname(file)): DatabaseHealth {
  if (!existsSync(file)) return { file, dataDir, ok: true, check: null, offer: null };
  const check = checkSqliteFile(file, checkKindFor(file));
  const ok = check.integrity === 'ok';
  return { file, dataDir, ok, check, offer: ok ? null : newestGoodBackup(dataDir) };
}

/** The command that restores a backup offline, spelled out for the officer. */
export function restoreCommand(dataDir: string, backupPath: string): string {
  return `npm run cli -- --data-dir "${dataDir}" restore "${backupPath}"`;
}

/** What the start prints (or shows in a dialog) when the database is damaged: what, and what to do. */
export function describeDamage(health: DatabaseHealth): string[] {
  const lines = [
    `Cơ sở dữ liệu ${health.file} bị hỏng (${health.check?.check ?? 'integrity_check'}: ` +
      `${(health.check?.integrity ?? '').slice(0, 200)}).`,
    'Tiếp Dân không mở tệp này để không ghi thêm vào dữ liệu hỏng.',
  ];
  if (health.offer === null) {
    lines.push(
      `Không có bản sao lưu nào còn tốt trong ${backupDir(health.dataDir)}. Hãy tìm bản sao trên ổ USB ` +
        '(cài đặt backup_copy_dir) rồi khôi phục bằng lệnh restore, hoặc báo quản trị hệ thống; đừng xóa tệp hỏng.',
    );
    return lines;
  }
  const visits = health.offer.check.visits ?? 0;
  lines.push(
    `Bản sao lưu tốt gần nhất: ${health.offer.name} (ngày ${formatLocalDate(health.offer.date)}, ` +
      `${formatCount(visits)} lượt tiếp). Dữ liệu nhập sau thời điểm đó cần nhập lại.`,
    `Để khôi phục, chạy: ${restoreCommand(health.dataDir, health.offer.path)}`,
    'Tệp hỏng sẽ được cất vào thư mục backups (truoc-khoi-phuc-….db), không bị xóa.',
  );
  return lines;
}

/** Raised at start when the database is damaged; the message is `describeDamage`'s lines. */
export class DamagedDatabaseError extends Error {
  override name = 'DamagedDatabaseError';
  constructor(readonly health: DatabaseHealth) {
    super(describeDamage(health).join('\n'));
  }
}

/** Start-up guard: throws DamagedDatabaseError (with the backup to restore) instead of serving a damaged file. */
export function assertDatabaseHealthy(file: string, dataDir: string = dirname(file)): DatabaseHealth {
  const health = checkDatabaseHealth(file, dataDir);
  if (!health.ok) throw new DamagedDatabaseError(health);
  return health;
}
