import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { databasePath, resolveDataDir } from '../../data-dir';
import { backupSqlite } from '../../db/sqlite-backup';

export async function runBackup(dataDirOption: string | undefined, target: string): Promise<void> {
  const file = databasePath(dataDirOption ?? resolveDataDir());
  if (!existsSync(file)) throw new Error(`Không có cơ sở dữ liệu tại ${file}; hãy kiểm tra --data-dir.`);
  const result = await backupSqlite(file, resolve(target));
  console.log(
    `Đã sao lưu vào ${result.file} (${(result.bytes / 1024).toFixed(0)} KB, ${result.visits} lượt tiếp).`,
  );
  console.log(`Kiểm tra toàn vẹn: ${result.integrity}`);
}
