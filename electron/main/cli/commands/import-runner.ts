import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatCount } from '../../../../shared/domain/number-format';
import { resolveDataDir } from '../../data-dir';
import { openDatabase } from '../../open-database';
import { importProgressText, type ImportProgress } from '../../../../shared/domain/import-progress';
import { createEventBus, type EventListener } from '../../registry/event-bus';
import type { ServiceContext } from '../../services/context';
import type { ImportProblem } from '../../services/register-import/types';
import { CLI_ACTOR } from '../cli-actor';

/** What every import service hands back, whatever it imports. */
export interface ImportOutcome {
  dryRun: boolean;
  totalRows: number;
  validRows: number;
  imported: number;
  alreadyImported: number;
  problems: ImportProblem[];
}

/** One `import-… <file> [--dry-run]` command: the service it runs and what it says after the problems. */
export interface ImportCommand<R extends ImportOutcome> {
  importFile: (ctx: ServiceContext, path: string, options: { dryRun: boolean }) => Promise<R>;
  /** The closing lines: counts, and what was (or, in a dry run, was not) written. */
  summary: (result: R, errors: number) => string[];
  /** False where the command's problem lines leave out the column. */
  namesColumn: boolean;
}

export type PrintLine = (line: string) => void;

/** `  LỖI – Dòng 3, cột ngay_tiep: …`: one problem as the officer reads it in the terminal. */
export function describeProblem(problem: ImportProblem, namesColumn: boolean): string {
  const where = [
    problem.row === null ? 'Tệp' : `Dòng ${problem.row}`,
    namesColumn && problem.column ? `cột ${problem.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `  ${problem.severity === 'error' ? 'LỖI' : 'Lưu ý'} – ${where}: ${problem.message}`;
}

/** `Số dòng dữ liệu: …; hợp lệ: …`, with the count of errors where the command reports it. */
export function rowCountLine(result: ImportOutcome, errors?: number): string {
  const counts = `Số dòng dữ liệu: ${formatCount(result.totalRows)}; hợp lệ: ${formatCount(result.validRows)}`;
  return errors === undefined ? `${counts}.` : `${counts}; có lỗi: ${formatCount(errors)} vấn đề.`;
}

/** The line every import prints for the rows already there from an earlier run (none when there are none). */
export function alreadyImportedLines(result: ImportOutcome, where: string): string[] {
  return result.alreadyImported > 0
    ? [`Đã có ${where}từ lần nhập trước: ${formatCount(result.alreadyImported)} dòng (bỏ qua).`]
    : [];
}

export function printImport<R extends ImportOutcome>(
  command: ImportCommand<R>,
  result: R,
  print: PrintLine = console.log,
): void {
  for (const problem of result.problems) print(describeProblem(problem, command.namesColumn));
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  for (const line of command.summary(result, errors)) print(line);
}

/** On a terminal, one line that says how far a long register import has got (rewritten in place). */
const showProgress: EventListener = (name, payload) => {
  if (name === 'import:progress') process.stderr.write(`\r${importProgressText(payload as ImportProgress)}`);
};

/**
 * Opens the data folder's database, runs the import (checking only with --dry-run), prints its problems
 * and summary, and closes the database. Exit code: 1 when the file is missing, 2 when a row has an error
 * (the officer fixes the file and runs again), else 0.
 */
export async function runImport<R extends ImportOutcome>(
  command: ImportCommand<R>,
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
    const events = createEventBus();
    const stopShowing = process.stderr.isTTY ? events.subscribe(showProgress) : () => undefined;
    const ctx = { db: opened.db, clock: () => new Date(), events, actor: CLI_ACTOR };
    const result = await command.importFile(ctx, path, { dryRun }).finally(() => {
      stopShowing();
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    });
    printImport(command, result);
    return result.problems.some((problem) => problem.severity === 'error') ? 2 : 0;
  } finally {
    await opened.db.destroy();
  }
}
