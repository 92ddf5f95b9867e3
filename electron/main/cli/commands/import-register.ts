import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatCount } from '../../../../shared/domain/number-format';
import { createEventBus } from '../../registry/event-bus';
import { importRegisterFile, type ImportResult } from '../../services/register-import/import-register';
import type { ImportProblem } from '../../services/register-import/types';
import { resolveDataDir } from '../../data-dir';
import { openDatabase } from '../../open-database';
import { CLI_ACTOR } from '../cli-actor';

function describeProblem(problem: ImportProblem): string {
  const where = [
    problem.row === null ? 'Tệp' : `Dòng ${problem.row}`,
    problem.column ? `cột ${problem.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `  ${problem.severity === 'error' ? 'LỖI' : 'Lưu ý'} – ${where}: ${problem.message}`;
}

export function printImportResult(result: ImportResult, print: (line: string) => void = console.log): void {
  for (const problem of result.problems) print(describeProblem(problem));
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  print(
    `Số dòng dữ liệu: ${formatCount(result.totalRows)}; hợp lệ: ${formatCount(result.validRows)}; có lỗi: ${formatCount(errors)} vấn đề.`,
  );
  if (result.alreadyImported > 0)
    print(`Đã có trong sổ từ lần nhập trước: ${formatCount(result.alreadyImported)} dòng (bỏ qua).`);
  if (result.dryRun) {
    print('Chạy thử (--dry-run): chưa ghi gì vào sổ.');
  } else {
    print(
      `Đã nhập ${formatCount(result.imported)} lượt tiếp (vụ việc mới: ${formatCount(result.createdCases)}, kỳ tiếp mới: ${formatCount(result.createdSessions)}).`,
    );
  }
}

/** `import-register <file> [--dry-run]`: the old Excel/CSV register into this one. */
export async function runImportRegister(
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
    const result = await importRegisterFile(ctx, path, { dryRun });
    printImportResult(result);
    const hasErrors = result.problems.some((problem) => problem.severity === 'error');
    return hasErrors ? 2 : 0;
  } finally {
    await opened.db.destroy();
  }
}
