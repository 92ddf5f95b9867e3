import { AppError } from '../../../../../shared/contract/envelope';
import { toLocalIso } from '../../../../../shared/domain/local-time';
import { columnLetter } from '../../register-import/header-map';
import { readTable, type TableRow } from '../../register-import/read-table';
import type { ImportProblem } from '../../register-import/types';
import type { ServiceContext } from '../../context';
import { assertNotFuture, insertPetition } from '../create-petition';
import { writeDecision } from '../handle-petition';
import {
  matchPetitionHeader,
  PETITION_COLUMN_CAPTIONS,
  REQUIRED_PETITION_COLUMNS,
  type PetitionColumn,
} from './petition-columns';
import { parsePetitionRow, type PetitionImportRow } from './parse-petition-row';

export interface PetitionImportResult {
  dryRun: boolean;
  totalRows: number;
  validRows: number;
  imported: number;
  alreadyImported: number;
  problems: ImportProblem[];
}

function fileProblem(message: string): ImportProblem {
  return { row: null, column: null, message, severity: 'error' };
}

/** The header row (first of the first ten naming two known columns) and where each column is. */
function mapColumns(rows: TableRow[]) {
  const known = (row: TableRow) => row.cells.filter((cell) => matchPetitionHeader(cell) !== null).length;
  const headerIndex = Math.max(
    rows.slice(0, 10).findIndex((row) => known(row) >= 2),
    0,
  );
  const columns = new Map<PetitionColumn, number>();
  const problems: ImportProblem[] = [];
  const unknown: string[] = [];
  rows[headerIndex]?.cells.forEach((cell, index) => {
    const caption = cell.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (caption === '') return;
    const code = matchPetitionHeader(caption);
    if (code === null) unknown.push(`"${caption}" (cột ${columnLetter(index)})`);
    else if (code !== 'ignored' && columns.has(code)) {
      problems.push(
        fileProblem(
          `Cột "${PETITION_COLUMN_CAPTIONS[code]}" xuất hiện hai lần; hãy xóa hoặc đổi tiêu đề một cột.`,
        ),
      );
    } else if (code !== 'ignored') columns.set(code, index);
  });
  const missing = REQUIRED_PETITION_COLUMNS.filter((code) => !columns.has(code));
  if (missing.length > 0) {
    const list = missing.map((code) => `"${PETITION_COLUMN_CAPTIONS[code]}"`).join(', ');
    problems.push(fileProblem(`Thiếu cột bắt buộc ${list}; hãy thêm các cột này vào dòng tiêu đề.`));
  }
  if (unknown.length > 0) {
    problems.push({
      row: null,
      column: null,
      message: `Không nhận ra các cột ${unknown.join(', ')} nên bỏ qua dữ liệu ở đó.`,
      severity: 'warning',
    });
  }
  return { headerIndex, columns, problems };
}

/** Rows whose fingerprint is already in the registry (an earlier import), or earlier in this file. */
async function splitKnown(ctx: ServiceContext, rows: PetitionImportRow[], problems: ImportProblem[]) {
  const stored = new Set(
    (
      await ctx.db.selectFrom('petitions').select('import_key').where('import_key', 'is not', null).execute()
    ).map((row) => row.import_key),
  );
  const seen = new Map<string, number>();
  const fresh: PetitionImportRow[] = [];
  let known = 0;
  for (const row of rows) {
    const first = seen.get(row.fingerprint);
    if (stored.has(row.fingerprint)) known += 1;
    else if (first !== undefined) {
      problems.push({
        row: row.rowNumber,
        column: null,
        message: `Dòng này trùng hoàn toàn dòng ${first}; chỉ nhập một lần.`,
        severity: 'warning',
      });
    } else {
      seen.set(row.fingerprint, row.rowNumber);
      fresh.push(row);
    }
  }
  return { fresh, known };
}

/**
 * Imports a petition registry (XLSX or CSV) in one transaction: every row valid or nothing written; rows
 * imported before (same fingerprint) are skipped, so a second run adds nothing. A dry run only reports.
 */
export async function importPetitionsFile(
  ctx: ServiceContext,
  path: string,
  options: { dryRun: boolean },
): Promise<PetitionImportResult> {
  const result: PetitionImportResult = {
    dryRun: options.dryRun,
    totalRows: 0,
    validRows: 0,
    imported: 0,
    alreadyImported: 0,
    problems: [],
  };
  const table = await readTable(path);
  if (!table.ok)
    return { ...result, problems: [fileProblem(table.message.replace('sổ tiếp dân', 'sổ đơn thư'))] };
  const { headerIndex, columns, problems } = mapColumns(table.rows);
  result.problems.push(...problems);
  const dataRows = table.rows.slice(headerIndex + 1);
  result.totalRows = dataRows.length;
  if (problems.some((p) => p.severity === 'error')) return result;
  const now = ctx.clock();
  const parsed: PetitionImportRow[] = [];
  for (const row of dataRows) {
    const read = (column: PetitionColumn) => {
      const index = columns.get(column);
      return index === undefined ? '' : (row.cells[index] ?? '').normalize('NFC').trim();
    };
    const outcome = parsePetitionRow(row.rowNumber, read, now);
    if (outcome.ok) parsed.push(outcome.row);
    else result.problems.push(...outcome.problems);
  }
  result.validRows = parsed.length;
  const { fresh, known } = await splitKnown(ctx, parsed, result.problems);
  result.alreadyImported = known;
  if (options.dryRun || result.problems.some((p) => p.severity === 'error')) return result;
  result.imported = await writeRows(ctx, fresh, result.problems);
  return result;
}

/** Writes the rows oldest first (số đến follows the date of receipt); any refusal rolls everything back. */
async function writeRows(
  ctx: ServiceContext,
  rows: PetitionImportRow[],
  problems: ImportProblem[],
): Promise<number> {
  const now = toLocalIso(ctx.clock());
  const ordered = [...rows].sort(
    (a, b) => a.petition.receivedOn.localeCompare(b.petition.receivedOn) || a.rowNumber - b.rowNumber,
  );
  let current = 0;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      for (const row of ordered) {
        current = row.rowNumber;
        assertNotFuture(row.petition, now.slice(0, 10));
        const id = await insertPetition(trx, ctx.actor, row.petition, now, { importKey: row.fingerprint });
        if (row.decision !== null) await writeDecision(trx, ctx.actor, { ...row.decision, id }, now);
      }
    });
    return ordered.length;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problems.push({
      row: current,
      column: null,
      message: `${error.message} Chưa nhập dòng nào.`,
      severity: 'error',
    });
    return 0;
  }
}
