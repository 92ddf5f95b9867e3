/**
 * The parsing half of "import an existing register": reads the file, maps its header, validates every
 * row. Nothing is written anywhere, so a dry run is this call alone.
 */
import { findHeaderRow, headerKey, mapHeader } from './header-map';
import { parseRow } from './parse-row';
import { readTable } from './read-table';
import type { TableRow } from './table-row';
import type { ImportProblem, RegisterImportRow } from './types';

/** Rows fit to import, every problem found (file-level first), and how many data rows the file has. */
export interface RegisterFileResult {
  rows: RegisterImportRow[];
  problems: ImportProblem[];
  /** Non-empty rows below the header, whether they import or not. */
  totalRows: number;
}

/** Options of parseRegisterFile. */
export interface ParseRegisterOptions {
  /** Dates after this are errors; tests pin it. */
  now: Date;
}

function fileProblem(message: string, severity: ImportProblem['severity']): ImportProblem {
  return { row: null, column: null, message, severity };
}

/** Registers built on Mẫu 03 number their columns (1) (2) (3)… under the header; that row is no visit. */
function isColumnNumberRow(row: TableRow): boolean {
  const filled = row.cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  return filled.length >= 3 && filled.every((cell) => /^\(?\d{1,2}\)?$/.test(cell));
}

/** A printed register repeats its header on every page; such copies are skipped. */
function isHeaderCopy(row: TableRow, header: TableRow): boolean {
  return row.cells.every((cell, index) => headerKey(cell) === headerKey(header.cells[index] ?? ''));
}

/** Keeps the first of rows with the same fingerprint and warns on each later one. */
function dropDuplicates(rows: RegisterImportRow[]): { rows: RegisterImportRow[]; problems: ImportProblem[] } {
  const firstRow = new Map<string, number>();
  const kept: RegisterImportRow[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const first = firstRow.get(row.fingerprint);
    if (first === undefined) {
      firstRow.set(row.fingerprint, row.rowNumber);
      kept.push(row);
    } else {
      const message = `Dòng ${row.rowNumber} trùng hoàn toàn với dòng ${first}; chỉ nhập dòng ${first}. Nếu đây là hai lượt tiếp khác nhau, hãy ghi rõ giờ tiếp hoặc ghi chú.`;
      problems.push({ row: row.rowNumber, column: null, message, severity: 'warning' });
    }
  }
  return { rows: kept, problems };
}

/** Where the header is, the rows below it that are visits, and a warning for lines skipped above it. */
function splitTable(rows: TableRow[]): { header: TableRow; dataRows: TableRow[]; problems: ImportProblem[] } {
  const headerIndex = findHeaderRow(rows);
  const header = rows[headerIndex] as TableRow;
  const below = rows.slice(headerIndex + 1);
  const dataRows = below.filter(
    (row, index) => !isHeaderCopy(row, header) && !(index === 0 && isColumnNumberRow(row)),
  );
  const problems =
    headerIndex === 0
      ? []
      : [
          fileProblem(
            `Lấy dòng ${header.rowNumber} làm dòng tiêu đề; bỏ qua ${headerIndex} dòng phía trên (tên sổ, tên cơ quan...).`,
            'warning',
          ),
        ];
  return { header, dataRows, problems };
}

/**
 * Parses an old register (XLSX or CSV). Never throws for bad content: an unreadable file, a missing
 * required column or a header naming a column twice gives file-level problems (row null) and no rows.
 * Rows with errors are left out of `rows`; rows only with warnings stay in.
 */
export async function parseRegisterFile(
  path: string,
  options: ParseRegisterOptions,
): Promise<RegisterFileResult> {
  const table = await readTable(path);
  if (!table.ok) return { rows: [], problems: [fileProblem(table.message, 'error')], totalRows: 0 };
  const { header, dataRows, problems } = splitTable(table.rows);
  const headerMap = mapHeader(header.cells, dataRows);
  problems.push(...headerMap.problems);
  const totalRows = dataRows.length;
  if (!headerMap.isUsable) return { rows: [], problems, totalRows };
  if (totalRows === 0) {
    problems.push(
      fileProblem(
        'Tệp chỉ có dòng tiêu đề, chưa có dòng dữ liệu nào; hãy chọn đúng tệp sổ tiếp dân.',
        'error',
      ),
    );
    return { rows: [], problems, totalRows };
  }
  const parsed: RegisterImportRow[] = [];
  const rowProblems: ImportProblem[] = [];
  for (const dataRow of dataRows) {
    const result = parseRow(dataRow, { columns: headerMap.columns, now: options.now });
    rowProblems.push(...result.problems);
    if (result.row !== null) parsed.push(result.row);
  }
  const unique = dropDuplicates(parsed);
  rowProblems.push(...unique.problems);
  rowProblems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { rows: unique.rows, problems: [...problems, ...rowProblems], totalRows };
}
