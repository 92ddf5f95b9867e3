import { existsSync, statSync } from 'node:fs';
import { createDb } from '../../db/create-db';
import { databasePath, resolveDataDir } from '../../data-dir';
import { databaseStatus } from '../../services/status';

export async function runStatus(dataDirOption: string | undefined): Promise<void> {
  const dataDir = dataDirOption ?? resolveDataDir();
  const file = databasePath(dataDir);
  console.log(`Thư mục dữ liệu: ${dataDir}`);
  if (!existsSync(file)) {
    console.log('Chưa có cơ sở dữ liệu (sẽ được tạo khi mở ứng dụng lần đầu).');
    return;
  }
  console.log(`Cơ sở dữ liệu: ${file} (${(statSync(file).size / 1024).toFixed(0)} KB)`);
  const db = createDb(file);
  try {
    const status = await databaseStatus(db);
    const note =
      status.schemaVersion > status.latestSchemaVersion
        ? ' — do phiên bản mới hơn tạo ra'
        : status.schemaVersion < status.latestSchemaVersion
          ? ' — sẽ được nâng cấp khi mở ứng dụng'
          : '';
    console.log(
      `Phiên bản cấu trúc dữ liệu: ${status.schemaVersion} (ứng dụng: ${status.latestSchemaVersion})${note}`,
    );
    for (const [table, count] of Object.entries(status.counts)) console.log(`  ${table}: ${count}`);
  } finally {
    await db.destroy();
  }
}
