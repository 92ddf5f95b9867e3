import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportTable, TallyResult } from '../../../../shared/reports/report-types';
import { createTestDb, fixedClock } from '../../../../test/fixtures/test-db';
import { seedPetitionSet } from '../../../../test/fixtures/petition-set';
import type { DB } from '../../db/schema';
import { consolidatePackages } from '../consolidation/consolidate';
import { UTF8_BOM, writeCsvFiles } from '../exports/csv-writer';
import { buildDataPackage } from '../exports/data-package';
import { openPackage } from '../exports/package-reader';
import { writeXlsx } from '../exports/xlsx-writer';
import { defaultReceptionFigures } from './reception-figures-source';
import { createTallyEngine } from './tally-engine';

/** The office row of the hand-built set (reports/bieu-02-xld-engine.test.ts works each figure out). */
const ROW = [11, 9, 8, 6, 5, 3, 2, 1, 2, 1, 0, 2, 1, 1, 1, 1, 0, 0, 1, 0, 1, 0, 2, 1, 1];
const COMPARED_ROW = [1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

let db: Kysely<DB>;
let result: TallyResult;

beforeAll(async () => {
  db = await createTestDb();
  await seedPetitionSet(db);
  const engine = createTallyEngine({
    db,
    clock: fixedClock('2026-07-01T02:00:00Z'),
    appVersion: 'test',
    receptionFigures: defaultReceptionFigures,
  });
  const computed = await engine.compute({ periodSpec: '2026-03-15..2026-06-14', compare: true });
  result = { ...computed, office: { code: 'XA-PH', name: 'UBND xã Phú Hữu' } };
});
afterAll(async () => {
  await db.destroy();
});

const bieu02 = (reports: readonly ReportTable[] | undefined) =>
  reports?.find((report) => report.reportId === 'bieu-02-xld');

const valuesOf = (table: ReportTable | undefined, rowKey = 'don-vi') =>
  table?.columns.map((column) => table.rows.find((row) => row.key === rowKey)?.values[column]);

describe("the engine's Biểu 02/XLD in every format", () => {
  it("the engine row is the hand-built set's", () => {
    expect(valuesOf(bieu02(result.reports))).toEqual(ROW);
    expect(valuesOf(bieu02(result.compare?.reports))).toEqual(COMPARED_ROW);
  });

  it('XLSX: a "02-XLD" sheet (and its cùng kỳ) with the MS row and the office row\'s 25 figures', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await writeXlsx(result)).buffer);
    const names = book.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 2)).toEqual(['01-TCD', '02-XLD']);
    const sheet = book.getWorksheet('02-XLD')!;
    expect(sheet.getCell(2, 1).value).toBe('Biểu số 02/XLD');
    const rowsOf = (label: string) => {
      let found: unknown[] = [];
      sheet.eachRow((row) => {
        if (row.getCell(1).value === label)
          found = Array.from({ length: 25 }, (_, i) => row.getCell(i + 2).value);
      });
      return found;
    };
    expect(rowsOf('MS')).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(rowsOf('Đơn vị')).toEqual(ROW);
    expect(names.filter((name) => name.startsWith('02-XLD'))).toEqual(['02-XLD', '02-XLD cung ky']);
  });

  it('CSV: one file for 02/XLD with a BOM, the MS row and the figures; one for its cùng kỳ', () => {
    const files = writeCsvFiles(result).filter((file) => file.name.includes('02-XLD'));
    expect(files.map((file) => file.name)).toEqual([
      'XA-PH-2026-03-15_2026-06-14-tt06-2025-02-XLD.csv',
      'XA-PH-2026-03-15_2026-06-14-tt06-2025-02-XLD-cung-ky.csv',
    ]);
    const [own, compared] = files.map((file) => file.bytes);
    expect(own!.subarray(0, 3)).toEqual(UTF8_BOM);
    const lines = own!.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Biểu số 02/XLD');
    expect(lines).toContain(`MS,${ROW.map((_, i) => i + 1).join(',')}`);
    expect(lines).toContain(`Đơn vị,${ROW.join(',')}`);
    expect(compared!.toString('utf8')).toContain(`Đơn vị,${COMPARED_ROW.join(',')}`);
  });

  it('the data package carries the 02/XLD table and CSV, listed in the manifest, without any name', async () => {
    const built = await buildDataPackage(result);
    expect(built.manifest.files.map((file) => file.path)).toContain(
      'csv/XA-PH-2026-03-15_2026-06-14-tt06-2025-02-XLD.csv',
    );
    const opened = await openPackage(built.fileName, built.bytes);
    expect(bieu02(opened.report.reports)).toEqual(bieu02(result.reports));
    expect(bieu02(opened.report.compare?.reports)).toEqual(bieu02(result.compare?.reports));
    const text = built.bytes.toString('latin1');
    for (const name of ['Ngô Thị Hoa', 'Vũ Văn Bình', '001080033333'])
      expect(text).not.toContain(Buffer.from(name, 'utf8').toString('latin1'));
  });

  it('consolidation sums 02/XLD across units, with its identities on the summed row', async () => {
    const unit = (code: string, name: string) => ({ ...result, office: { code, name } });
    const files = await Promise.all(
      [unit('XA-A', 'UBND xã An Bình'), unit('XA-B', 'UBND xã Bình Minh')].map(async (tally) => ({
        name: `${tally.office.code}.zip`,
        bytes: (await buildDataPackage(tally)).bytes,
      })),
    );
    const { result: upstream, refused } = await consolidatePackages(files, {
      office: { code: 'TINH', name: 'Ban Tiếp công dân tỉnh' },
      generatedAt: '2026-07-02T09:00:00+07:00',
      appVersion: 'test',
    });
    expect(refused).toEqual([]);
    const summed = bieu02(upstream.reports)!;
    expect(valuesOf(summed)).toEqual(ROW.map((value) => value * 2));
    expect(summed.identities).toHaveLength(8);
    expect(summed.identities.every((check) => check.holds)).toBe(true);
    expect(valuesOf(bieu02(upstream.compare?.reports))).toEqual(COMPARED_ROW.map((value) => value * 2));
  });
});
