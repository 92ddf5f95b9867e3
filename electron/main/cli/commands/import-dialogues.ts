import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatCount } from '../../../../shared/domain/number-format';
import { resolveDataDir } from '../../data-dir';
import { openDatabase } from '../../open-database';
import { createEventBus } from '../../registry/event-bus';
import { importDialoguesFile, type DialogueImportResult } from '../../services/dialogues/import-dialogues';
import { CLI_ACTOR } from '../cli-actor';

export function printDialogueImport(
  result: DialogueImportResult,
  print: (line: string) => void = console.log,
): void {
  for (const problem of result.problems) {
    const where = problem.row === null ? 'Tệp' : `Dòng ${problem.row}`;
    print(`  ${problem.severity === 'error' ? 'LỖI' : 'Lưu ý'} – ${where}: ${problem.message}`);
  }
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  print(
    `Số dòng dữ liệu: ${formatCount(result.totalRows)}; hợp lệ: ${formatCount(result.validRows)}; có lỗi: ${formatCount(errors)} vấn đề.`,
  );
  if (result.alreadyImported > 0)
    print(`Đã có từ lần nhập trước: ${formatCount(result.alreadyImported)} dòng (bỏ qua).`);
  if (result.dryRun) print('Chạy thử (--dry-run): chưa ghi gì.');
  else if (errors > 0) print('Chưa nhập dòng nào: hãy sửa các lỗi trên rồi chạy lại.');
  else print(`Đã nhập ${formatCount(result.imported)} cuộc đối thoại.`);
}

/** `import-dialogues <file> [--dry-run]`: dialogue conferences from CSV/XLSX. */
export async function runImportDialogues(
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
    const result = await importDialoguesFile(ctx, path, { dryRun });
    printDialogueImport(result);
    return result.problems.some((p) => p.severity === 'error') ? 2 : 0;
  } finally {
    await opened.db.destroy();
  }
}
