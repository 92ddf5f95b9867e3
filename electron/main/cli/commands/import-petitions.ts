import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatCount } from '../../../../shared/domain/number-format';
import { resolveDataDir } from '../../data-dir';
import { openDatabase } from '../../open-database';
import { createEventBus } from '../../registry/event-bus';
import {
  importPetitionsFile,
  type PetitionImportResult,
} from '../../services/petitions/import/import-petitions';
import { CLI_ACTOR } from '../cli-actor';

export function printPetitionImportResult(
  result: PetitionImportResult,
  print: (line: string) => void = console.log,
): void {
  for (const problem of result.problems) {
    const where = [
      problem.row === null ? 'Tệp' : `Dòng ${problem.row}`,
      problem.column ? `cột ${problem.column}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    print(`  ${problem.severity === 'error' ? 'LỖI' : 'Lưu ý'} – ${where}: ${problem.message}`);
  }
  print(`Số dòng dữ liệu: ${formatCount(result.totalRows)}; hợp lệ: ${formatCount(result.validRows)}.`);
  if (result.alreadyImported > 0)
    print(`Đã có trong sổ từ lần nhập trước: ${formatCount(result.alreadyImported)} dòng (bỏ qua).`);
  if (result.dryRun) print('Chạy thử (--dry-run): chưa ghi gì vào sổ đơn thư.');
  else print(`Đã nhập ${formatCount(result.imported)} đơn.`);
}

/** `import-petitions <file> [--dry-run]`: an old petition registry (Excel/CSV) into this one. */
export async function runImportPetitions(
  dataDirOption: string | undefined,
  file: string,
  dryRun: boolean,
): Promise<number> {
  const path = resolve(file);
  if (!existsSync(path)) {
    console.error(`Không tìm thấy tệp ${path}.`);
    return 1;
  }
  const opened = await openDatabase(dataDirOption ?? resolveDataDir());
  try {
    const ctx = { db: opened.db, clock: () => new Date(), events: createEventBus(), actor: CLI_ACTOR };
    const result = await importPetitionsFile(ctx, path, { dryRun });
    printPetitionImportResult(result);
    return result.problems.some((problem) => problem.severity === 'error') ? 2 : 0;
  } finally {
    await opened.db.destroy();
  }
}
