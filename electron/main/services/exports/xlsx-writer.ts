import ExcelJS from 'exceljs';
import type { ReportTable, TallyResult } from '../../../../shared/reports/report-types';
import { periodLine, placeHeader, tableWidth, valueOf } from './report-layout';

const FONT = 'Times New Roman';
/** Tall enough for capitals carrying two marks (Ắ, Ỗ…) at each size; Excel's default 15 clips them. */
const ROW_HEIGHT = { title: 24, text: 20, header: 48, data: 20 } as const;
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Excel's sheet-name rules: ≤ 31 characters, none of []:*?/\ , unique in the book. */
export function sheetName(report: ReportTable, suffix: string, taken: Set<string>): string {
  const base = `${report.formCode.replace(/^Biểu số\s*/i, '')}${suffix}`.replace(/[[\]:*?/\\]/g, '-');
  let name = base.slice(0, 31);
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 27)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

function mergedLine(
  sheet: ExcelJS.Worksheet,
  row: number,
  width: number,
  text: string,
  style: Partial<ExcelJS.Font>,
  align: ExcelJS.Alignment['horizontal'],
): void {
  sheet.mergeCells(row, 1, row, width);
  const target = sheet.getCell(row, 1);
  target.value = text;
  target.font = { name: FONT, size: 12, ...style };
  target.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  sheet.getRow(row).height = style.size && style.size > 12 ? ROW_HEIGHT.title : ROW_HEIGHT.text;
}

function writeTitle(
  sheet: ExcelJS.Worksheet,
  result: TallyResult,
  report: ReportTable,
  width: number,
  periodNote: string,
): number {
  mergedLine(sheet, 1, width, result.office.name, { bold: true }, 'left');
  mergedLine(sheet, 2, width, report.formCode, { bold: true }, 'right');
  mergedLine(sheet, 3, width, report.title, { bold: true, size: 14 }, 'center');
  mergedLine(sheet, 4, width, `${periodLine(report.period)}${periodNote}`, { italic: true }, 'center');
  return 6;
}

function writeHeader(sheet: ExcelJS.Worksheet, report: ReportTable, top: number): number {
  for (const placed of placeHeader(report.header)) {
    const row = top + placed.row;
    const col = 1 + placed.col;
    if (placed.rowSpan > 1 || placed.colSpan > 1)
      sheet.mergeCells(row, col, row + placed.rowSpan - 1, col + placed.colSpan - 1);
    sheet.getCell(row, col).value = placed.text;
  }
  const msRow = top + report.header.length;
  sheet.getCell(msRow, 1).value = 'MS';
  report.columns.forEach((key, index) => (sheet.getCell(msRow, index + 2).value = Number(key) || key));
  for (let row = top; row <= msRow; row += 1) {
    sheet.getRow(row).height = row === msRow ? ROW_HEIGHT.data : ROW_HEIGHT.header;
    for (let col = 1; col <= tableWidth(report); col += 1) {
      const target = sheet.getCell(row, col);
      target.font = { name: FONT, size: 11, bold: row !== msRow, italic: row === msRow };
      target.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      target.border = BORDER;
    }
  }
  return msRow + 1;
}

function writeRows(sheet: ExcelJS.Worksheet, report: ReportTable, top: number): number {
  report.rows.forEach((data, index) => {
    const row = sheet.getRow(top + index);
    row.height = ROW_HEIGHT.data;
    row.getCell(1).value = data.label;
    report.columns.forEach((key, col) => (row.getCell(col + 2).value = valueOf(data.values, key)));
    for (let col = 1; col <= tableWidth(report); col += 1) {
      const target = row.getCell(col);
      target.font = { name: FONT, size: 11, bold: data.isTotal === true };
      target.alignment = {
        horizontal: col === 1 ? 'left' : 'right',
        vertical: 'middle',
        wrapText: col === 1,
      };
      target.border = BORDER;
    }
  });
  return top + report.rows.length;
}

function addSheet(
  book: ExcelJS.Workbook,
  result: TallyResult,
  report: ReportTable,
  name: string,
  periodNote: string,
): void {
  const width = tableWidth(report);
  const sheet = book.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  sheet.getColumn(1).width = 30;
  for (let col = 2; col <= width; col += 1) sheet.getColumn(col).width = 8;
  const headerTop = writeTitle(sheet, result, report, width, periodNote);
  const dataTop = writeHeader(sheet, report, headerTop);
  let next = writeRows(sheet, report, dataTop) + 1;
  for (const note of report.notes) {
    mergedLine(sheet, next, width, note, { italic: true, size: 11 }, 'left');
    next += 1;
  }
  sheet.pageSetup.printTitlesRow = `${headerTop}:${dataTop - 1}`;
}

/** The whole set as one workbook: a sheet per report in the form's layout, then the compared period's. */
export async function writeXlsx(result: TallyResult): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Tiếp Dân';
  book.created = new Date(result.generatedAt);
  book.modified = book.created;
  const taken = new Set<string>();
  for (const report of result.reports) addSheet(book, result, report, sheetName(report, '', taken), '');
  for (const report of result.compare?.reports ?? [])
    addSheet(book, result, report, sheetName(report, ' cung ky', taken), ` (cùng kỳ)`);
  return Buffer.from(await book.xlsx.writeBuffer());
}
