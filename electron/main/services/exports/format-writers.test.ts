import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTallyResult } from '../../../../test/fixtures/tally-fixture';
import { UTF8_BOM, writeCsv, writeCsvFiles } from './csv-writer';
import { writePdf } from './pdf-writer';
import { writeXlsx } from './xlsx-writer';

const work = mkdtempSync(join(tmpdir(), 'tiepdan-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const hasLibreOffice = spawnSync('libreoffice', ['--version']).status === 0;
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

/** Splits one CSV line, honouring quoted cells. */
function csvCells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, cell]) =>
    cell!.startsWith('"') ? cell!.slice(1, -1).replace(/""/g, '"') : cell!,
  );
}

/** Every sheet to its own CSV (LibreOffice ≥ 7.2: sheet -1), UTF-8, comma-separated. */
function libreOfficeCsv(xlsx: string): Map<string, string[][]> {
  const out = join(work, 'lo-out');
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      out,
      xlsx,
    ],
    { stdio: 'pipe', timeout: 90_000 },
  );
  const sheets = new Map<string, string[][]>();
  for (const file of readdirSync(out).sort())
    sheets.set(file, readFileSync(join(out, file), 'utf8').split(/\r?\n/).map(csvCells));
  return sheets;
}

describe('XLSX, PDF and CSV of a report set', () => {
  it.skipIf(!hasLibreOffice)(
    'LibreOffice opens the XLSX and its numbers equal the JSON, compared sheets too',
    { timeout: 120_000 },
    async () => {
      const result = makeTallyResult({ regime: 'tt06-2025', units: 3, compare: true, seed: 7 });
      const file = join(work, 'set.xlsx');
      writeFileSync(file, await writeXlsx(result));
      const sheets = libreOfficeCsv(file);
      const names = ['01-TCD', 'Phụ lục 1', 'Phụ lục 2'];
      const nameOf = (index: number) => (index < 3 ? names[index]! : `${names[index - 3]!} cung ky`);
      const reports = [...result.reports, ...result.compare!.reports];
      expect([...sheets.keys()].sort()).toEqual(reports.map((_, i) => `set-${nameOf(i)}.csv`).sort());
      reports.forEach((report, index) => {
        const rows = sheets.get(`set-${nameOf(index)}.csv`)!;
        const ms = rows.findIndex((cells) => cells[0] === 'MS');
        expect(rows[ms]).toEqual(['MS', ...report.columns]);
        report.rows.forEach((row, offset) => {
          const cells = rows[ms + 1 + offset]!;
          expect(cells[0]).toBe(row.label);
          expect(cells.slice(1).map(Number)).toEqual(report.columns.map((key) => row.values[key]));
        });
      });
      expect(
        sheets
          .get('set-01-TCD.csv')!
          .some((cells) => cells[0] === 'Số liệu tính từ ngày 15/12/2023 đến ngày 14/06/2024'),
      ).toBe(true);
    },
  );

  it('XLSX merges the header as the form does and sets A4 landscape, fit to width, tall rows', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await writeXlsx(makeTallyResult({ regime: 'tt01-2024' }))).buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('01-TCD');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.getCell('A6').value).toBe('Đơn vị');
    expect(sheet.getCell('A8').isMerged).toBe(true);
    expect(sheet.getCell('B6').value).toBe('Tổng số');
    expect(sheet.getCell('D6').isMerged).toBe(true);
    expect(sheet.getCell('E6').value).toBe('Tiếp thường xuyên');
    expect(sheet.getCell('A9').value).toBe('MS');
    expect(sheet.getCell('AD9').value).toBe(29);
    expect(sheet.getCell('A3').value).toBe('TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN');
    expect(sheet.getRow(3).height).toBeGreaterThanOrEqual(24);
    expect(sheet.getCell('A10').font.name).toBe('Times New Roman');
  });

  it.skipIf(!hasPdftotext)(
    'pdftotext reads the Vietnamese headings, the signature blocks and every number',
    async () => {
      const result = makeTallyResult({ regime: 'tt06-2025', units: 2, seed: 11 });
      const file = join(work, 'set.pdf');
      writeFileSync(file, await writePdf(result));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const heading of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'ỦY BAN NHÂN DÂN XÃ ĐÔNG HÒA',
        'Biểu số 01/TCD',
        'TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT',
        'Số liệu tính từ ngày 15/12/2023 đến ngày 14/06/2024',
        'NGƯỜI LẬP BIỂU',
        'THỦ TRƯỞNG ĐƠN VỊ',
      ])
        expect(text).toContain(heading);
      const lines = text.split('\n');
      for (const row of result.reports[0]!.rows) {
        const line = lines.find((candidate) => candidate.trim().startsWith(row.label));
        expect(line, row.label).toBeDefined();
        const numbers = line!
          .slice(line!.indexOf(row.label) + row.label.length)
          .trim()
          .split(/\s+/)
          .map(Number);
        expect(numbers).toEqual(result.reports[0]!.columns.map((key) => row.values[key]));
      }
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      expect(fonts).toMatch(/DejaVuSerif.*yes/);
    },
  );

  it('CSV starts with a BOM, keeps Vietnamese text and writes plain numbers', () => {
    const report = makeTallyResult({ regime: 'tt06-2025', seed: 3 }).reports[0]!;
    const bytes = writeCsv(report);
    expect([...bytes.subarray(0, 3)]).toEqual([...UTF8_BOM]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Biểu số 01/TCD');
    expect(lines[3]!.split(',')[5]).toBe('Tiếp thường xuyên › Lượt');
    expect(lines[4]).toBe(['MS', ...Array.from({ length: 21 }, (_, i) => String(i + 1))].join(','));
    const total = report.rows.at(-1)!;
    expect(lines[6]).toBe(['Tổng cộng', ...report.columns.map((key) => String(total.values[key]))].join(','));
  });

  it('one CSV per report and per compared report, with FAT-safe names', () => {
    const files = writeCsvFiles(makeTallyResult({ compare: true }));
    expect(files.map((f) => f.name)).toEqual([
      'UBNDXA01-2024-H1-tt06-2025-01-TCD.csv',
      'UBNDXA01-2024-H1-tt06-2025-phan-loai-linh-vuc.csv',
      'UBNDXA01-2024-H1-tt06-2025-ket-qua-xu-ly.csv',
      'UBNDXA01-2024-H1-tt06-2025-01-TCD-cung-ky.csv',
      'UBNDXA01-2024-H1-tt06-2025-phan-loai-linh-vuc-cung-ky.csv',
      'UBNDXA01-2024-H1-tt06-2025-ket-qua-xu-ly-cung-ky.csv',
    ]);
  });
});
