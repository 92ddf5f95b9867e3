import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { formatCount } from '../../../../shared/domain/number-format';
import { databasePath, resolveDataDir } from '../../data-dir';
import { backupDir, isBackupName } from '../../services/backup/backup-files';
import { checkSqliteFile } from '../../services/backup/check-file';
import { restoreBackup } from '../../services/backup/restore';
import { CLI_ACTOR } from '../cli-actor';

/** A name from `backups` (looked up in the backups folder) or a path to any backup file. */
export function resolveBackupPath(dataDir: string, file: string): string {
  const inFolder = join(backupDir(dataDir), file);
  return isBackupName(file) && existsSync(inFolder) ? inFolder : resolve(file);
}

async function confirmed(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await prompt.question(question);
    return ['c', 'co', 'có', 'y', 'yes'].includes(answer.trim().toLowerCase());
  } finally {
    prompt.close();
  }
}

/**
 * `restore <file> [--yes]`: checks the backup, then (with the app closed) moves the database aside to
 * `backups/truoc-khoi-phuc-<time>.db` and puts the backup in its place. Returns the exit code.
 */
export async function runRestore(
  dataDirOption: string | undefined,
  file: string,
  yes: boolean,
): Promise<number> {
  const dataDir = dataDirOption ?? resolveDataDir();
  const dbFile = databasePath(dataDir);
  const path = resolveBackupPath(dataDir, file);
  const check = checkSqliteFile(path);
  if (!check.ok) {
    console.error(`${check.problem ?? ''} Hãy chọn bản khác (xem: npm run cli -- backups --check).`);
    return 1;
  }
  console.log(`Bản sao lưu ${path}: toàn vẹn, ${formatCount(check.visits ?? 0)} lượt tiếp.`);
  console.log(
    `Sẽ thay cơ sở dữ liệu ${dbFile} bằng bản này; cơ sở dữ liệu hiện tại được cất vào ` +
      `${backupDir(dataDir)} (truoc-khoi-phuc-….db), không bị xóa.`,
  );
  if (!yes && !(await confirmed('Gõ "co" để khôi phục: '))) {
    console.log('Chưa khôi phục. Thêm --yes để khôi phục không cần hỏi.');
    return 1;
  }
  const result = await restoreBackup(dataDir, dbFile, path, { now: new Date(), actor: CLI_ACTOR });
  console.log(`Đã khôi phục từ ${result.restoredFrom}.`);
  if (result.setAsideAs)
    console.log(`Cơ sở dữ liệu cũ được cất ở ${join(backupDir(dataDir), result.setAsideAs)}.`);
  console.log('Hãy mở lại ứng dụng Tiếp Dân.');
  return 0;
}
