/**
 * Reads an office's old register (XLSX or CSV) into rows of text, refusing with a Vietnamese message
 * anything that would import badly: too large, not a table, not UTF-8, or typed in a legacy encoding.
 */
import { createHash } from 'node:crypto';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { scanCsvFile } from './csv-file-scan';
import { csvRecord } from './csv-index';
import { detectSeparator } from './csv-reader';
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

function refuse(message: string): { ok: false; message: string } {
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

/** The bytes the format, the BOM and the separator are judged by. */
const HEAD_BYTES = 65_536;

function isBlankRow(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * The non-blank rows of a table, read one at a time. A CSV row is read from the file and decoded when asked
 * for, so a large register costs the offsets of its records in memory, not its size or millions of strings.
 */
export interface TableSource {
  format: 'xlsx' | 'csv';
  /** Non-blank rows, header included. */
  count: number;
  row(index: number): TableRow;
  /** SHA-256 (hex) of the file's bytes as they were read. */
  sha256: string;
  /** Closes the file; call it when done with the rows. */
  close(): Promise<void>;
}

function sha256Of(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

const NOT_UTF8 =
  'không được lưu bằng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi; ' +
  'hãy mở bằng Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited) (*.csv)" hoặc XLSX.';

/** A CSV file in strict UTF-8 (BOM optional) as a source of its non-blank rows, read from the open file. */
async function csvSource(
  head: Buffer,
  name: string,
  file: FileHandle,
): Promise<TableSource | { message: string }> {
  const from = head.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0;
  const separator = detectSeparator(head.toString('utf8', from));
  const scanned = await scanCsvFile(file, from, separator);
  if (!scanned.ok) {
    // Not UTF-8 includes UTF-16 (Excel's "Unicode Text"), which is full of NUL bytes.
    return {
      message: scanned.kind === 'csv' ? `Tệp "${name}": ${scanned.message}` : `Tệp "${name}" ${NOT_UTF8}`,
    };
  }
  const { index } = scanned;
  const kept = new Uint32Array(index.starts.length);
  let count = 0;
  for (let position = 0; position < index.starts.length; position++) {
    if (!isBlankRow(csvRecord(index, position))) kept[count++] = position;
  }
  const positions = kept.slice(0, count);
  // Excel numbers a CSV's rows by record, so a line break inside quotes does not shift the numbering.
  return {
    format: 'csv',
    count,
    row: (at) => ({
      rowNumber: (positions[at] as number) + 1,
      cells: csvRecord(index, positions[at] as number),
    }),
    sha256: scanned.sha256,
    close: () => file.close(),
  };
}

async function xlsxSource(content: Buffer, name: string): Promise<TableSource | { message: string }> {
  try {
    const result = await readXlsx(content, name);
    if (!result.ok) return result;
    const { rows } = result;
    const sha256 = sha256Of(content);
    return {
      format: 'xlsx',
      count: rows.count,
      row: (at) => rows.row(at),
      sha256,
      close: () => Promise.resolve(),
    };
  } catch {
    return {
      message: `Không đọc được tệp "${name}": tệp bị hỏng hoặc không phải bảng tính XLSX; ${OPEN_AND_SAVE}.`,
    };
  }
}

/** Refuses text in a legacy Vietnamese encoding, or damaged by a wrong decoding. */
function checkEncoding(source: TableSource, name: string): string | null {
  const finding = findTableEncodingProblem(source.count, (index) => source.row(index));
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

/**
 * Opens the file and builds the source its format needs; a message when none fits. A CSV source keeps the
 * file open (its rows are read from it); anything else closes it.
 */
async function loadSource(path: string, name: string): Promise<TableSource | { message: string }> {
  const statProblem = await checkFileStat(path, name);
  if (statProblem !== null) return { message: statProblem };
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch {
    return { message: unreadable(name) };
  }
  let source: TableSource | { message: string };
  try {
    source = await sourceOf(file, name);
  } catch {
    source = { message: unreadable(name) };
  }
  if ('message' in source || source.format === 'xlsx') await file.close();
  return source;
}

function unreadable(name: string): string {
  return `Không đọc được tệp "${name}"; hãy kiểm tra quyền truy cập rồi chọn lại.`;
}

/** The source the file's format needs, judged by its first bytes; a message when none fits. */
async function sourceOf(file: FileHandle, name: string): Promise<TableSource | { message: string }> {
  const head = Buffer.alloc(HEAD_BYTES);
  const { bytesRead } = await file.read(head, 0, HEAD_BYTES, 0);
  const choice = chooseFormat(name, head.subarray(0, bytesRead));
  if ('message' in choice) return choice;
  if (choice.format === 'xlsx') return xlsxSource(await file.readFile(), name);
  return csvSource(head.subarray(0, bytesRead), name, file);
}

/**
 * Opens the first worksheet of an XLSX file, or a CSV file in UTF-8 (with or without BOM, `,` or `;`), as
 * a source of its non-blank rows (each keeps its row number). Never throws for bad content.
 */
export async function openTable(
  path: string,
): Promise<{ ok: true; source: TableSource } | { ok: false; message: string }> {
  const name = basename(path);
  const source = await loadSource(path, name);
  if ('message' in source) return refuse(source.message);
  const problem =
    source.count === 0
      ? `Tệp "${name}" không có dữ liệu; hãy chọn đúng tệp sổ tiếp dân.`
      : checkEncoding(source, name);
  if (problem === null) return { ok: true, source };
  await source.close();
  return refuse(problem);
}

/** Every non-blank row of the table at once (small files: tests, other imports). */
export async function readTable(path: string): Promise<ReadTableResult> {
  const opened = await openTable(path);
  if (!opened.ok) return opened;
  const { source } = opened;
  try {
    return {
      ok: true,
      format: source.format,
      rows: Array.from({ length: source.count }, (_, i) => source.row(i)),
    };
  } finally {
    await source.close();
  }
}
