/**
 * Reads an office's old register (XLSX or CSV) into rows of text, refusing with a Vietnamese message
 * anything that would import badly: too large, not a table, not UTF-8, or typed in a legacy encoding.
 */
import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { detectSeparator, parseCsv } from './csv-reader';
import { findTableEncodingProblem } from './legacy-encoding';
import type { TableRow } from './table-row';
import { readXlsx } from './xlsx-reader';

export type { TableRow } from './table-row';

/** Larger files are refused: a register of many years is still far smaller, and memory stays bounded. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Non-empty rows (header included) in file order, or why the file cannot be read. */
export type ReadTableResult =
  | { ok: true; format: 'xlsx' | 'csv'; rows: TableRow[] }
  | { ok: false; message: string };

const SAVE_AS = 'lưu lại dưới dạng "CSV UTF-8 (Comma delimited) (*.csv)" hoặc "Excel Workbook (*.xlsx)"';
const OPEN_AND_SAVE = `hãy mở bằng Excel và ${SAVE_AS}`;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound-file header: old .xls workbooks, and .xlsx files protected with a password. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

function refuse(message: string): ReadTableResult {
  return { ok: false, message };
}

function formatMegabytes(bytes: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
}

/** Size and existence, before reading anything into memory. */
async function checkFileStat(path: string, name: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return `"${name}" không phải là tệp; hãy chọn tệp sổ tiếp dân (XLSX hoặc CSV).`;
    if (info.size > MAX_FILE_BYTES) {
      return (
        `Tệp "${name}" nặng ${formatMegabytes(info.size)} MB, vượt giới hạn 50 MB; ` +
        'hãy chia sổ thành nhiều tệp nhỏ hơn (ví dụ mỗi năm một tệp) rồi nhập từng tệp.'
      );
    }
    return null;
  } catch {
    return `Không mở được tệp "${name}"; hãy kiểm tra tệp còn tồn tại và chọn lại.`;
  }
}

/** The reader a file needs, judged by its extension and its first bytes; a message when none fits. */
function chooseFormat(name: string, head: Buffer): { format: 'xlsx' | 'csv' } | { message: string } {
  const extension = extname(name).toLowerCase();
  const isZip = head.subarray(0, 4).equals(ZIP_MAGIC);
  const isOle = head.subarray(0, 4).equals(OLE_MAGIC);
  if (extension === '.xls' || (extension === '.csv' && isOle)) {
    return { message: `Tệp "${name}" là định dạng Excel cũ (.xls); ${OPEN_AND_SAVE}.` };
  }
  if (extension === '.xlsx') {
    if (isZip) return { format: 'xlsx' };
    if (isOle) {
      return {
        message: `Tệp "${name}" đang đặt mật khẩu hoặc là định dạng Excel cũ; hãy bỏ mật khẩu rồi ${SAVE_AS}.`,
      };
    }
    return { message: `Tệp "${name}" có đuôi .xlsx nhưng không phải bảng tính Excel; ${OPEN_AND_SAVE}.` };
  }
  // A workbook renamed to .csv is still read as the workbook it is.
  if (extension === '.csv') return { format: isZip ? 'xlsx' : 'csv' };
  return { message: `Tệp "${name}" không phải bảng tính XLSX hoặc CSV; ${OPEN_AND_SAVE}.` };
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Decodes CSV bytes as strict UTF-8 (BOM optional, removed); a message when they are something else. */
function decodeCsv(content: Buffer, name: string): { text: string } | { message: string } {
  // UTF-16 (Excel's "Unicode Text") is full of NUL bytes; so is any binary file.
  if (content.includes(0) || !isUtf8(content)) {
    return {
      message:
        `Tệp "${name}" không được lưu bằng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi; ` +
        'hãy mở bằng Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited) (*.csv)" hoặc XLSX.',
    };
  }
  const start = content.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0;
  return { text: content.toString('utf8', start) };
}

function isBlankRow(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function readCsvRows(text: string, name: string): ReadTableResult {
  const parsed = parseCsv(text, detectSeparator(text));
  if (!parsed.ok) return refuse(`Tệp "${name}": ${parsed.message}`);
  // Excel numbers a CSV's rows by record, so a line break inside quotes does not shift the numbering.
  const rows = parsed.records.map((cells, index) => ({ rowNumber: index + 1, cells }));
  return { ok: true, format: 'csv', rows };
}

async function readXlsxRows(content: Buffer, name: string): Promise<ReadTableResult> {
  try {
    const result = await readXlsx(content, name);
    return result.ok ? { ok: true, format: 'xlsx', rows: result.rows } : result;
  } catch {
    return refuse(
      `Không đọc được tệp "${name}": tệp bị hỏng hoặc không phải bảng tính XLSX; ${OPEN_AND_SAVE}.`,
    );
  }
}

/** Refuses text in a legacy Vietnamese encoding, or damaged by a wrong decoding. */
function checkEncoding(rows: TableRow[], name: string): string | null {
  const finding = findTableEncodingProblem(rows);
  if (finding === null) return null;
  const fix = 'rồi lưu lại dưới dạng "CSV UTF-8" hoặc XLSX';
  if (finding.kind === 'legacy') {
    return (
      `Tệp "${name}" có vẻ được gõ bằng bảng mã tiếng Việt cũ (TCVN3/ABC hoặc VNI), ví dụ chữ ` +
      `"${finding.example}"; hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) ${fix}.`
    );
  }
  return (
    `Tệp "${name}" có ${finding.count} ký tự bị lỗi mã (hiện thành "\ufffd"); ` +
    `hãy mở tệp gốc bằng Excel, kiểm tra chữ tiếng Việt hiển thị đúng ${fix}.`
  );
}

/** A file read and recognised: a CSV as its text, a workbook as its bytes. */
type LoadedFile = { format: 'csv'; text: string } | { format: 'xlsx'; content: Buffer } | { message: string };

/** Reads the file; a CSV's bytes are dropped once decoded, so they are not held while the text is parsed. */
async function loadFile(path: string, name: string): Promise<LoadedFile> {
  const statProblem = await checkFileStat(path, name);
  if (statProblem !== null) return { message: statProblem };
  let content: Buffer;
  try {
    content = await readFile(path);
  } catch {
    return { message: `Không đọc được tệp "${name}"; hãy kiểm tra quyền truy cập rồi chọn lại.` };
  }
  const choice = chooseFormat(name, content);
  if ('message' in choice) return choice;
  if (choice.format === 'xlsx') return { format: 'xlsx', content };
  const decoded = decodeCsv(content, name);
  return 'message' in decoded ? decoded : { format: 'csv', text: decoded.text };
}

/**
 * Reads the first worksheet of an XLSX file, or a CSV file in UTF-8 (with or without BOM, `,` or `;`).
 * Fully blank rows are dropped; the others keep their row number. Never throws for bad content.
 */
export async function readTable(path: string): Promise<ReadTableResult> {
  const name = basename(path);
  const loaded = await loadFile(path, name);
  if ('message' in loaded) return refuse(loaded.message);
  const result =
    loaded.format === 'xlsx' ? await readXlsxRows(loaded.content, name) : readCsvRows(loaded.text, name);
  if (!result.ok) return result;
  const rows = result.rows.filter((row) => !isBlankRow(row.cells));
  if (rows.length === 0) return refuse(`Tệp "${name}" không có dữ liệu; hãy chọn đúng tệp sổ tiếp dân.`);
  const encodingProblem = checkEncoding(rows, name);
  return encodingProblem === null ? { ok: true, format: loaded.format, rows } : refuse(encodingProblem);
}
