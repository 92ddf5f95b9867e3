/**
 * Reads the first worksheet of an XLSX workbook into rows of the text an officer sees in each cell.
 */
import ExcelJS from 'exceljs';
import { MAX_UNCOMPRESSED_BYTES, zipUncompressedSize } from './zip-limits';
import type { TableRow } from './table-row';

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
export type XlsxResult = { ok: true; rows: TableRow[] } | { ok: false; message: string };

/**
 * Every row of the first worksheet that has at least one non-blank cell, with its sheet row number.
 * Throws when exceljs cannot open the content; the caller turns that into a message.
 */
export async function readXlsx(content: Buffer, fileName: string): Promise<XlsxResult> {
  const size = zipUncompressedSize(content);
  if (!size.ok && size.reason === 'too_large') {
    return {
      ok: false,
      message: `Tệp "${fileName}" khi giải nén lớn hơn ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB; hãy chia nhỏ tệp hoặc lưu dạng CSV UTF-8 rồi nhập lại.`,
    };
  }
  const workbook = new ExcelJS.Workbook();
  // exceljs types its Buffer as an ArrayBuffer look-alike; at run time it takes a Node Buffer as is.
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) {
    return { ok: false, message: `Tệp "${fileName}" không có trang tính nào; hãy kiểm tra lại tệp.` };
  }
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      const cell = row.getCell(column);
      cells.push(cellText(cell.value, cell.numFmt));
    }
    rows.push({ rowNumber, cells });
  });
  return { ok: true, rows };
}
