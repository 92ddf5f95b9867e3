/**
 * Reads the first worksheet of an XLSX workbook into rows of the text an officer sees in each cell.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { MAX_UNCOMPRESSED_BYTES, zipUncompressedSize } from './zip-limits';
import { RowArena } from './row-arena';
import { decodeAcrossChunks } from './xlsx-stream-utf8';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * An Excel date serial is a wall-clock time with no zone; exceljs turns it into a Date whose UTC fields
 * hold that wall clock, so the UTC getters give it back unshifted whatever the machine's zone is.
 */
export function excelDateText(value: Date): string {
  const rounded = new Date(Math.round(value.getTime() / 1000) * 1000);
  const date = `${rounded.getUTCFullYear()}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  const time = `${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}`;
  // Serial 0 (1899-12-30, or 1904-01-01 in 1904 workbooks) is a time typed without a date.
  if (date === '1899-12-30' || date === '1904-01-01') return time;
  return time === '00:00' ? date : `${date} ${time}`;
}

/**
 * A number as the sheet shows it. A format of only zeros ("000000000000") is how offices keep the leading
 * zeros of ID numbers stored as numbers, so it is applied; other formats only group digits or set decimals,
 * which the parser does not need, and floating-point noise is trimmed to 15 significant digits.
 */
export function excelNumberText(value: number, numFmt: string | undefined): string {
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (numFmt !== undefined && /^0+$/.test(numFmt) && /^\d+$/.test(text)) {
    return text.padStart(numFmt.length, '0');
  }
  return text;
}

type Primitive = number | string | boolean | Date;

function primitiveText(value: Primitive, numFmt: string | undefined): string {
  if (value instanceof Date) return excelDateText(value);
  if (typeof value === 'number') return excelNumberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

function richText(value: { richText: { text: string }[] }): string {
  return value.richText.map((run) => run.text).join('');
}

/** The text an officer sees for any exceljs cell value: rich text joined, a formula's cached result, etc. */
export function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object' || value instanceof Date) return primitiveText(value, numFmt);
  if ('richText' in value) return richText(value);
  if ('hyperlink' in value) {
    // exceljs keeps a styled link caption as rich text inside `text`.
    const caption = value.text as unknown;
    if (typeof caption === 'object' && caption !== null && 'richText' in caption) {
      return richText(caption as { richText: { text: string }[] });
    }
    return typeof caption === 'string' ? caption : value.hyperlink;
  }
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return '';
    return typeof result === 'object' && !(result instanceof Date)
      ? result.error
      : primitiveText(result, numFmt);
  }
  return '';
}

/** Result of reading a workbook: its rows, or a message for the officer. */
export type XlsxResult = { ok: true; rows: RowArena } | { ok: false; message: string };

/** Whether a number format shows a date or time (exceljs's own rule: y, m, d, h, s or b outside quotes and brackets). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (numFmt === undefined) return false;
  return /[ymdhMsb]/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * exceljs's stream reader turns a number into a date by its format, but not a formula's cached result:
 * done here, as the whole-workbook reader did (serial days from 1899-12-30, or from 1904-01-01).
 */
function withDateResult(
  value: ExcelJS.CellValue,
  numFmt: string | undefined,
  date1904: boolean,
): ExcelJS.CellValue {
  if (typeof value !== 'object' || value === null || !('formula' in value || 'sharedFormula' in value)) {
    return value;
  }
  const { result } = value as ExcelJS.CellFormulaValue;
  if (typeof result !== 'number' || !isDateFormat(numFmt)) return value;
  const days = result - 25569 + (date1904 ? 1462 : 0);
  return { ...value, result: new Date(Math.round(days * 24 * 3600 * 1000)) };
}

/** The worksheet of the first tab (the workbook's own order), or the first one met when that is unknown. */
function isFirstTab(
  reader: ExcelJS.stream.xlsx.WorkbookReader,
  sheet: ExcelJS.stream.xlsx.WorksheetReader,
): boolean {
  const tabs = (reader.model as { sheets?: { name: string }[] } | undefined)?.sheets;
  const first = tabs?.[0]?.name;
  return first === undefined || (sheet as unknown as { name?: string }).name === first;
}

/**
 * Every row of the first worksheet that has at least one cell, with its sheet row number. The workbook is
 * read as a stream (exceljs's WorkbookReader): the whole-workbook model took 930 MB and 15 s for a 13 MB,
 * 100,000-row register; only the rows' text is kept. Throws when exceljs cannot open the content; the
 * caller turns that into a message.
 */
export async function readXlsx(content: Buffer, fileName: string): Promise<XlsxResult> {
  const size = zipUncompressedSize(content);
  if (!size.ok && size.reason === 'too_large') {
    return {
      ok: false,
      message: `Tệp "${fileName}" khi giải nén lớn hơn ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB; hãy chia nhỏ tệp hoặc lưu dạng CSV UTF-8 rồi nhập lại.`,
    };
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  decodeAcrossChunks(reader);
  for await (const sheet of reader) {
    if (!isFirstTab(reader, sheet)) continue;
    // The workbook's properties (workbook.xml) come before its sheets in every writer's zip order.
    const properties = (reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties;
    const date1904 = properties?.model?.date1904 === true;
    const rows = new RowArena();
    for await (const row of sheet) {
      const cells: string[] = [];
      for (let column = 1; column <= row.cellCount; column += 1) {
        const cell = row.getCell(column);
        cells.push(cellText(withDateResult(cell.value, cell.numFmt, date1904), cell.numFmt));
      }
      if (cells.some((cell) => cell.trim() !== '')) rows.push({ rowNumber: row.number, cells });
    }
    return { ok: true, rows };
  }
  return { ok: false, message: `Tệp "${fileName}" không có trang tính nào; hãy kiểm tra lại tệp.` };
}
