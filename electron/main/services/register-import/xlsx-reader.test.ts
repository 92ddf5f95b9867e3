import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, rm } from 'node:fs/promises';
import { makeTempDir, writeXlsx } from './test-support';
import { cellText, excelDateText, isDateFormat, readXlsx } from './xlsx-reader';

describe('cellText', () => {
  it.each<[string, ExcelJS.CellValue, string | undefined, string]>([
    ['empty', null, undefined, ''],
    ['text', 'Nguyễn Văn An', undefined, 'Nguyễn Văn An'],
    ['integer', 1085012345, undefined, '1085012345'],
    ['ID kept with a zero-padding format', 1085012345, '000000000000', '001085012345'],
    ['float noise trimmed', 0.1 + 0.2, undefined, '0.3'],
    ['boolean', true, undefined, 'TRUE'],
    ['date only', new Date(Date.UTC(2024, 2, 5)), undefined, '2024-03-05'],
    ['date and time', new Date(Date.UTC(2024, 2, 5, 8, 30)), undefined, '2024-03-05 08:30'],
    [
      'rich text',
      { richText: [{ text: 'Nguyễn ' }, { text: 'Văn An', font: { bold: true } }] },
      undefined,
      'Nguyễn Văn An',
    ],
    ['hyperlink', { text: 'Xem hồ sơ', hyperlink: 'https://example.invalid/a' }, undefined, 'Xem hồ sơ'],
    ['formula with a text result', { formula: 'A1&B1', result: 'Khiếu nại' }, undefined, 'Khiếu nại'],
    [
      'formula with a date result',
      { formula: 'A1+1', result: new Date(Date.UTC(2024, 2, 6)) },
      undefined,
      '2024-03-06',
    ],
    ['formula with a number result', { formula: 'A1*2', result: 12 }, undefined, '12'],
    ['formula without a cached result', { formula: 'A1*2' }, undefined, ''],
    ['formula with an error result', { formula: '1/0', result: { error: '#DIV/0!' } }, undefined, '#DIV/0!'],
    ['error', { error: '#N/A' }, undefined, '#N/A'],
  ])('%s', (_name, value, numFmt, expected) => {
    expect(cellText(value, numFmt)).toBe(expected);
  });
});

describe('excelDateText', () => {
  it('reads the wall clock from the UTC fields, rounding away serial noise', () => {
    expect(excelDateText(new Date(Date.UTC(2024, 2, 5, 8, 29, 59, 999)))).toBe('2024-03-05 08:30');
  });

  it('gives a time typed without a date as hh:mm', () => {
    expect(excelDateText(new Date(Date.UTC(1899, 11, 30, 14, 5)))).toBe('14:05');
  });
});

describe('readXlsx', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await makeTempDir();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the first worksheet with real row numbers, skipping empty rows', async () => {
    const path = await writeXlsx(dir, 'a.xlsx', [
      ['ngay_tiep', 'ho_ten', 'so_giay_to'],
      [new Date(Date.UTC(2024, 2, 5, 8, 30)), 'Nguyễn Văn An', 1085012345],
      [],
      [new Date(Date.UTC(2024, 2, 6)), { richText: [{ text: 'Trần Thị ' }, { text: 'Bình' }] }, 1085012346],
    ]);
    const result = await readXlsx(await readFile(path), 'a.xlsx');
    if (!result.ok) throw new Error(result.message);
    expect(Array.from({ length: result.rows.count }, (_, i) => result.rows.row(i))).toEqual([
      { rowNumber: 1, cells: ['ngay_tiep', 'ho_ten', 'so_giay_to'] },
      { rowNumber: 2, cells: ['2024-03-05 08:30', 'Nguyễn Văn An', '1085012345'] },
      { rowNumber: 4, cells: ['2024-03-06', 'Trần Thị Bình', '1085012346'] },
    ]);
  });

  it('applies a zero-padding number format and reads formulas through their cached results', async () => {
    const path = await writeXlsx(
      dir,
      'b.xlsx',
      [
        ['so_giay_to', 'so_nguoi', 'ngay_tiep'],
        [
          1085012345,
          { formula: '2+3', result: 5 },
          { formula: 'DATE(2024,3,5)', result: new Date(Date.UTC(2024, 2, 5)) },
        ],
      ],
      (sheet) => {
        sheet.getCell('A2').numFmt = '000000000000';
        sheet.getCell('C2').numFmt = 'dd/mm/yyyy';
      },
    );
    const result = await readXlsx(await readFile(path), 'b.xlsx');
    expect(result.ok && result.rows.row(1).cells).toEqual(['001085012345', '5', '2024-03-05']);
  });

  it('reads a formula date of a workbook counting from 1904', async () => {
    const path = await writeXlsx(
      dir,
      'c.xlsx',
      [['ngay_tiep'], [{ formula: 'DATE(2024,3,5)', result: new Date(Date.UTC(2024, 2, 5)) }]],
      (sheet) => {
        sheet.workbook.properties.date1904 = true;
        sheet.getCell('A2').numFmt = 'dd/mm/yyyy';
      },
    );
    const result = await readXlsx(await readFile(path), 'c.xlsx');
    expect(result.ok && result.rows.row(1).cells).toEqual(['2024-03-05']);
  });

  it('reads the first tab, whichever sheet file holds it', async () => {
    const workbook = new ExcelJS.Workbook();
    const other = workbook.addWorksheet('Ghi chú');
    other.addRow(['không phải sổ']);
    const register = workbook.addWorksheet('Sổ tiếp dân');
    register.addRow(['ngay_tiep']);
    // Tab order (exceljs keeps it as orderNo, outside its typings): the register first, as sheet file 2.
    Object.assign(register, { orderNo: 0 });
    Object.assign(other, { orderNo: 1 });
    const path = join(dir, 'd.xlsx');
    await workbook.xlsx.writeFile(path);
    const result = await readXlsx(await readFile(path), 'd.xlsx');
    expect(result.ok && [result.rows.count, result.rows.row(0)]).toEqual([
      1,
      { rowNumber: 1, cells: ['ngay_tiep'] },
    ]);
  });
});

describe('isDateFormat', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['hh:mm', true],
    ['[$-42A]dd/mm/yyyy', true],
    ['000000000000', false],
    ['#,##0.00', false],
    ['"Ngày" 0', false],
    ['[Red]0', false],
    [undefined, false],
  ])('%s → %s', (numFmt, expected) => {
    expect(isDateFormat(numFmt)).toBe(expected);
  });
});
