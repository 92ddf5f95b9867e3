import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { toLocalIso } from '../../../../shared/domain/local-time';
import { databasePath, resolveDataDir } from '../../data-dir';
import { createDb } from '../../db/create-db';
import { backupSqlite } from '../../db/sqlite-backup';
import { appendAudit } from '../../services/audit';
import { CLI_ACTOR } from '../cli-actor';

export async function runBackup(dataDirOption: string | undefined, target: string): Promise<void> {
  const file = databasePath(dataDirOption ?? resolveDataDir());
  if (!existsSync(file)) throw new Error(`Không có cơ sở dữ liệu tại ${file}; hãy kiểm tra --data-dir.`);
  const result = await backupSqlite(file, resolve(target));
  const db = createDb(file);
  try {
    const { bytes, visits } = result;
    await db.transaction().execute((trx) =>
      appendAudit(trx, CLI_ACTOR, toLocalIso(new Date()), {
        action: 'backup.create',
        entity: 'backup',
        entityId: result.file,
        detail: { bytes, visits },
      }),
    );
  } finally {
    await db.destroy();
  }
  console.log(
    `Đã sao lưu vào ${result.file} (${(result.bytes / 1024).toFixed(0)} KB, ${result.visits} lượt tiếp).`,
  );
  console.log(`Kiểm tra toàn vẹn: ${result.integrity}`);
}
