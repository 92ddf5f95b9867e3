import { existsSync } from 'node:fs';
import { formatLocalDate, formatLocalDateTime } from '../../../../shared/domain/local-time';
import { formatCount } from '../../../../shared/domain/number-format';
import { databasePath, resolveDataDir } from '../../data-dir';
import { createDb } from '../../db/create-db';
import { backupOptions } from '../../services/backup/backup-calls';
import { backupDir } from '../../services/backup/backup-files';
import { listBackups, type CheckedBackup } from '../../services/backup/health';

const KIND_LABELS = { daily: 'hằng ngày', manual: 'thủ công', before_restore: 'trước khôi phục' } as const;

function describeBackup(file: CheckedBackup): string {
  const size = `${formatCount(Math.ceil(file.bytes / 1024))} KB`;
  const parts = [file.name, formatLocalDate(file.date), formatLocalDateTime(file.writtenAt), size];
  parts.push(KIND_LABELS[file.kind]);
  if (file.check) {
    parts.push(
      file.check.ok ? `tốt, ${formatCount(file.check.visits ?? 0)} lượt tiếp` : `HỎNG: ${file.check.problem}`,
    );
  }
  return `  ${parts.join('  ')}`;
}

async function printSettings(dbFile: string): Promise<void> {
  if (!existsSync(dbFile)) return;
  const db = createDb(dbFile, { readonly: true });
  try {
    const options = await backupOptions(db);
    console.log(
      `Giữ ${options.keep} bản gần nhất (backup_keep); chép thêm sang: ` +
        `${options.copyDir ?? '(chưa đặt backup_copy_dir)'}.`,
    );
  } catch (error) {
    console.log(`Không đọc được cài đặt sao lưu từ ${dbFile}: ${(error as Error).message}`);
  } finally {
    await db.destroy();
  }
}

/** `backups [--check]`: the backups of the data folder, newest first; --check verifies each. */
export async function runBackups(dataDirOption: string | undefined, check: boolean): Promise<void> {
  const dataDir = dataDirOption ?? resolveDataDir();
  console.log(`Thư mục sao lưu: ${backupDir(dataDir)}`);
  await printSettings(databasePath(dataDir));
  const files = listBackups(dataDir, { verify: check });
  if (files.length === 0) {
    console.log('Chưa có bản sao lưu nào (bản tự động được tạo khi mở ứng dụng).');
    return;
  }
  for (const file of files) console.log(describeBackup(file));
  if (!check) console.log('Thêm --check để kiểm tra toàn vẹn từng bản.');
}
