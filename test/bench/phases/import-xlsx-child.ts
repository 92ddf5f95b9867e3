/**
 * The XLSX figure of the import, in a process of its own (`node --import tsx import-xlsx-child.ts <db>
 * <csv> <xlsx>`): writes the bench's import rows as a workbook when it is not there yet, then checks it
 * with the real importRegisterFile (a dry run: the whole read and check of every row, nothing written) and
 * prints `{ seconds, peakMb, validRows, bytes }` as JSON. Its own process, so its RSS peak is its alone.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { createDb } from '../../../electron/main/db/create-db';
import { createEventBus } from '../../../electron/main/registry/event-bus';
import { parseCsv } from '../../../electron/main/services/register-import/csv-reader';
import { importRegisterFile } from '../../../electron/main/services/register-import/import-register';

const [dbFile, csvFile, xlsxFile] = process.argv.slice(2);
if (dbFile === undefined || csvFile === undefined || xlsxFile === undefined) {
  throw new Error('usage: <db> <csv> <xlsx>');
}

async function writeWorkbook(from: string, to: string): Promise<void> {
  const parsed = parseCsv(readFileSync(from, 'utf8').replace(/^\ufeff/, ''), ',');
  if (!parsed.ok) throw new Error(parsed.message);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: to, useSharedStrings: true });
  const sheet = writer.addWorksheet('Sổ tiếp dân');
  for (const record of parsed.records) sheet.addRow(record).commit();
  sheet.commit();
  await writer.commit();
}

if (!existsSync(xlsxFile)) await writeWorkbook(csvFile, xlsxFile);
let peak = process.memoryUsage.rss();
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
const db = createDb(dbFile, { readonly: true });
const ctx = {
  db,
  clock: () => new Date(),
  events: createEventBus(),
  actor: { userId: null, displayName: 'Đo' },
};
const started = performance.now();
const result = await importRegisterFile(ctx, xlsxFile, { dryRun: true });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
await db.destroy();
const peakMb = Math.round(Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024);
process.stdout.write(
  `${JSON.stringify({ seconds, peakMb, validRows: result.validRows, bytes: statSync(xlsxFile).size })}\n`,
);
