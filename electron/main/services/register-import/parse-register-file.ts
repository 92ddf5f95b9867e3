/**
 * The parsing half of "import an existing register": reads the file, maps its header, validates every
 * row. Nothing is written anywhere, so a dry run is this call alone.
 */
import { findHeaderRow, headerKey, mapHeader, type HeaderMap } from './header-map';
import { parseRow, type RowResult } from './parse-row';
import { openTable, type TableSource } from './read-table';
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

/** The warning on a row identical to an earlier one. */
export function duplicateRowProblem(rowNumber: number, first: number): ImportProblem {
  const message = `Dòng ${rowNumber} trùng hoàn toàn với dòng ${first}; chỉ nhập dòng ${first}. Nếu đây là hai lượt tiếp khác nhau, hãy ghi rõ giờ tiếp hoặc ghi chú.`;
  return { row: rowNumber, column: null, message, severity: 'warning' };
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
      problems.push(duplicateRowProblem(row.rowNumber, first));
    }
  }
  return { rows: kept, problems };
}

/** Where the header is, which rows below it are visits (positions in the source), and a warning for lines skipped above it. */
function splitTable(source: TableSource): {
  header: TableRow;
  dataRows: Uint32Array;
  problems: ImportProblem[];
} {
  const head = Array.from({ length: Math.min(10, source.count) }, (_, index) => source.row(index));
  const headerIndex = findHeaderRow(head);
  const header = head[headerIndex] as TableRow;
  const kept = new Uint32Array(Math.max(0, source.count - headerIndex - 1));
  let count = 0;
  for (let position = headerIndex + 1; position < source.count; position++) {
    const row = source.row(position);
    if (isHeaderCopy(row, header) || (position === headerIndex + 1 && isColumnNumberRow(row))) continue;
    kept[count++] = position;
  }
  const problems =
    headerIndex === 0
      ? []
      : [
          fileProblem(
            `Lấy dòng ${header.rowNumber} làm dòng tiêu đề; bỏ qua ${headerIndex} dòng phía trên (tên sổ, tên cơ quan...).`,
            'warning',
          ),
        ];
  return { header, dataRows: kept.slice(0, count), problems };
}

function* rowsOf(source: TableSource, positions: Uint32Array): Generator<TableRow> {
  for (const position of positions) yield source.row(position);
}

/** A register file read and its header mapped: the data rows still as text, parsed on demand. */
export interface RegisterTable {
  /** File-level problems (row null); an unusable file has an error here and no data rows. */
  problems: ImportProblem[];
  /** Non-empty rows below the header, whether they import or not. */
  totalRows: number;
  /** Data rows to parse (none when the file is unusable). */
  rowCount: number;
  /** Data row `index` (0 … rowCount - 1), decoded on demand. */
  rowAt(index: number): TableRow;
  columns: HeaderMap['columns'];
  /** SHA-256 (hex) of the file as read; '' when it could not be read. */
  sha256: string;
  /** Closes the file the rows are read from. */
  close(): Promise<void>;
}

function unusable(problems: ImportProblem[], totalRows: number, sha256 = ''): RegisterTable {
  return {
    problems,
    totalRows,
    rowCount: 0,
    rowAt: () => {
      throw new Error('An unusable register file has no rows to parse.');
    },
    columns: {},
    sha256,
    close: () => Promise.resolve(),
  };
}

/**
 * Reads the file and maps its header. An unreadable file, a missing required column or a header naming a
 * column twice gives file-level problems and no data rows. Never throws for bad content. The rows are
 * read again from the file as they are parsed; close() the table when done.
 */
export async function readRegisterTable(path: string): Promise<RegisterTable> {
  const opened = await openTable(path);
  if (!opened.ok) return unusable([fileProblem(opened.message, 'error')], 0);
  const { source } = opened;
  const { header, dataRows, problems } = splitTable(source);
  const headerMap = mapHeader(header.cells, rowsOf(source, dataRows));
  problems.push(...headerMap.problems);
  const totalRows = dataRows.length;
  if (!headerMap.isUsable) {
    await source.close();
    return unusable(problems, totalRows, source.sha256);
  }
  if (totalRows === 0) {
    problems.push(
      fileProblem(
        'Tệp chỉ có dòng tiêu đề, chưa có dòng dữ liệu nào; hãy chọn đúng tệp sổ tiếp dân.',
        'error',
      ),
    );
  }
  return {
    problems,
    totalRows,
    rowCount: totalRows,
    rowAt: (index) => source.row(dataRows[index] as number),
    columns: headerMap.columns,
    sha256: source.sha256,
    close: () => source.close(),
  };
}

/** Parses one data row of a read table; `fingerprint`, when given, is the one an earlier parse computed. */
export function parseTableRow(
  table: RegisterTable,
  index: number,
  options: ParseRegisterOptions,
  fingerprint?: string,
): RowResult {
  return parseRow(table.rowAt(index), { columns: table.columns, now: options.now, fingerprint });
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
  const table = await readRegisterTable(path);
  const parsed: RegisterImportRow[] = [];
  const rowProblems: ImportProblem[] = [];
  try {
    for (let index = 0; index < table.rowCount; index++) {
      const result = parseTableRow(table, index, options);
      rowProblems.push(...result.problems);
      if (result.row !== null) parsed.push(result.row);
    }
  } finally {
    await table.close();
  }
  const unique = dropDuplicates(parsed);
  rowProblems.push(...unique.problems);
  rowProblems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { rows: unique.rows, problems: [...table.problems, ...rowProblems], totalRows: table.totalRows };
}
