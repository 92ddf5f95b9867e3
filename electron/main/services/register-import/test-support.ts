/**
 * Helpers for this folder's tests: temp files, and XLSX workbooks generated on the fly so no binary
 * fixture is committed. Not used by the import itself.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CsvIndexer, type CsvIndex } from './csv-index';
import { parseCsv, type CsvResult } from './csv-reader';

/** Path of the committed sample register. */
export const SAMPLE_CSV = join(import.meta.dirname, '../../../../test/fixtures/register-sample.csv');

/** The moment the tests treat as "now": 31/12/2024 10:00 in Vietnam. */
export const TEST_NOW = new Date('2024-12-31T03:00:00Z');

/** A fresh temp folder; the caller removes it. */
export async function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'register-import-'));
}

/** Writes `content` to `dir/name` and returns the path. */
export async function writeTempFile(
  dir: string,
  name: string,
  content: string | Uint8Array,
): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** Writes one worksheet; `setup` may style cells (number formats) after the values are in. */
export async function writeXlsx(
  dir: string,
  name: string,
  rows: ExcelJS.CellValue[][],
  setup?: (sheet: ExcelJS.Worksheet) => void,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ tiếp dân');
  for (const row of rows) sheet.addRow(row);
  setup?.(sheet);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The sample register's cells, header first. */
export async function readSampleRecords(): Promise<string[][]> {
  const text = (await readFile(SAMPLE_CSV, 'utf8')).replace(/^\ufeff/, '');
  const parsed = parseCsv(text, ',');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.records;
}

/** "05/03/2024 08:30" or "2024-04-20 14:00" → a Date whose UTC fields hold that wall clock, as exceljs expects. */
function wallClockDate(text: string): Date {
  const match = /^(?:(\d{2})\/(\d{2})\/(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?: (\d{2}):(\d{2}))?$/.exec(text);
  if (match === null) throw new Error(`unexpected date ${text}`);
  const [day, month, year] =
    match[1] !== undefined ? [match[1], match[2], match[3]] : [match[6], match[5], match[4]];
  return new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(match[7] ?? 0), Number(match[8] ?? 0)),
  );
}

/**
 * The sample register as an officer's workbook would hold it: dates as Date cells, years and headcounts
 * as numbers, and all-digit ID numbers as numbers (so Excel has dropped their leading zeros).
 */
export async function writeSampleXlsx(dir: string): Promise<string> {
  const [header = [], ...records] = await readSampleRecords();
  const numeric = new Set(['Năm sinh', 'Số người', 'Số CCCD']);
  const rows: ExcelJS.CellValue[][] = records.map((record) =>
    record.map((cell, index) => {
      if (cell === '') return null;
      if (index === 0) return wallClockDate(cell);
      return numeric.has(header[index] ?? '') && /^\d+$/.test(cell) ? Number(cell) : cell;
    }),
  );
  return writeXlsx(dir, 'so-tiep-dan.xlsx', [header, ...rows]);
}

/** The index of CSV bytes held in memory, read from them. */
export function indexCsv(
  bytes: Buffer,
  from: number,
  separator: ',' | ';',
): { ok: true; index: CsvIndex } | Extract<CsvResult, { ok: false }> {
  const indexer = new CsvIndexer(from, separator);
  indexer.push(bytes, 0);
  return indexer.finish(bytes.length, (start, end) => bytes.toString('utf8', start, end));
}
