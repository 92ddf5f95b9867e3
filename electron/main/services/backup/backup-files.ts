import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BACKUP_FILE_NAME as NAME } from '../../../../shared/contract/backup';
import { toLocalIso } from '../../../../shared/domain/local-time';

/** Sub-folder of the data folder that holds the backups. */
export const BACKUP_FOLDER = 'backups';

/** daily: made at start; manual: "Sao lưu ngay"; before_restore: the database a restore replaced. */
export type BackupKind = 'daily' | 'manual' | 'before_restore';

export interface BackupFile {
  /** File name inside the backups folder (the UI refers to a backup by it, never by a path). */
  name: string;
  path: string;
  kind: BackupKind;
  /** Local date (yyyy-mm-dd) the copy was made. */
  date: string;
  /** When the file was written, local ISO text. */
  writtenAt: string;
  bytes: number;
}

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_FOLDER);
}

/** `tiepdan-2026-11-27.db`: the one automatic copy of a local day. */
export function dailyBackupName(localDate: string): string {
  return `tiepdan-${localDate}.db`;
}

/** yyyy-mm-dd-hhmmss of an instant in Vietnam (no colons: Windows and FAT refuse them). */
export function localStamp(now: Date): string {
  const iso = toLocalIso(now);
  return `${iso.slice(0, 10)}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

/** A name not yet taken in the folder: `<prefix>-<stamp>.db`, then `-2`, `-3`… */
export function freeName(folder: string, prefix: 'tiepdan' | 'truoc-khoi-phuc', now: Date): string {
  const stem = `${prefix}-${localStamp(now)}`;
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? `${stem}.db` : `${stem}-${n}.db`;
    if (!existsSync(join(folder, name))) return name;
  }
}

/** Whether a name is one of ours (a plain file name, nothing that walks out of the folder). */
export function isBackupName(name: string): boolean {
  return NAME.test(name) && basename(name) === name;
}

function describe(folder: string, name: string): BackupFile | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const path = join(folder, name);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) return null;
  const kind: BackupKind = match[1] === 'truoc-khoi-phuc' ? 'before_restore' : match[3] ? 'manual' : 'daily';
  return {
    name,
    path,
    kind,
    date: match[2] ?? '',
    writtenAt: toLocalIso(stat.mtime),
    bytes: stat.size,
  };
}

/** The backups in a folder, newest first (by date in the name, then by the time written). */
export function readBackupFolder(folder: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => describe(folder, name))
    .filter((file): file is BackupFile => file !== null)
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        b.writtenAt.localeCompare(a.writtenAt) ||
        b.name.localeCompare(a.name),
    );
}
