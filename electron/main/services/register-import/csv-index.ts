/**
 * A CSV file kept as the offset of each record, so a register of 100,000 rows is never held as millions
 * of strings: a record is decoded only when it is read. Quotes, separators and line breaks are ASCII and
 * never occur inside a UTF-8 multi-byte sequence, so records are found on the bytes. The bytes are read
 * from memory while the file is indexed and checked, then from the file itself (readFromFile), so a long
 * import does not keep a copy of the whole file in memory.
 */
import { readSync } from 'node:fs';
import { parseCsv, unclosedQuote, type CsvResult } from './csv-reader';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export interface CsvIndex {
  separator: ',' | ';';
  /** Byte offset where each record starts; the record ends where the next starts (or at the end). */
  starts: Uint32Array;
  /** The file's length in bytes. */
  length: number;
  /** The text of bytes start … end - 1 of the file. */
  text(start: number, end: number): string;
}

/** Just past the closing quote of the quoted field opening at `open`, or -1 when it is never closed. */
function quotedEnd(bytes: Buffer, open: number): number {
  let from = open + 1;
  for (;;) {
    const close = bytes.indexOf(QUOTE, from);
    if (close === -1) return -1;
    if (bytes[close + 1] !== QUOTE) return close + 1;
    from = close + 2;
  }
}

/** Where each record starts, following parseCsv's rules exactly (a test compares the two). */
export function indexCsv(
  bytes: Buffer,
  from: number,
  separator: ',' | ';',
): { ok: true; index: CsvIndex } | Extract<CsvResult, { ok: false }> {
  const separatorCode = separator.charCodeAt(0);
  let starts: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  let count = 0;
  let index = from;
  let recordStart = from;
  const length = bytes.length;
  while (index < length) {
    if (bytes[index] === QUOTE) {
      index = quotedEnd(bytes, index);
      if (index === -1) return unclosedQuote(count + 1);
    }
    while (index < length) {
      const code = bytes[index];
      if (code === separatorCode || code === CR || code === LF) break;
      index += 1;
    }
    if (index === length) break;
    const code = bytes[index];
    index += 1;
    if (code === separatorCode) continue;
    if (code === CR && bytes[index] === LF) index += 1;
    if (count === starts.length) starts = growTo(starts, count * 2);
    starts[count++] = recordStart;
    recordStart = index;
  }
  if (recordStart < length) {
    if (count === starts.length) starts = growTo(starts, count + 1);
    starts[count++] = recordStart;
  }
  const text = (start: number, end: number): string => bytes.toString('utf8', start, end);
  return { ok: true, index: { separator, starts: starts.slice(0, count), length, text } };
}

/**
 * The same index reading its records from an open file (descriptor `fd`) holding the bytes it was built
 * from: one positioned read per record into a buffer reused from call to call.
 */
export function readFromFile(index: CsvIndex, fd: number): CsvIndex {
  let scratch = Buffer.alloc(64 * 1024);
  const text = (start: number, end: number): string => {
    const size = end - start;
    if (size > scratch.length) scratch = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const got = readSync(fd, scratch, read, size - read, start + read);
      if (got === 0) throw new Error('The CSV file became shorter while it was being imported.');
      read += got;
    }
    return scratch.toString('utf8', 0, size);
  };
  return { separator: index.separator, starts: index.starts, length: index.length, text };
}

function growTo(array: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(size);
  grown.set(array);
  return grown;
}

/** The cells of record `position` (0-based); a last record holding only `""` reads as one empty cell. */
export function csvRecord(index: CsvIndex, position: number): string[] {
  const end = position + 1 < index.starts.length ? (index.starts[position + 1] as number) : index.length;
  const text = index.text(index.starts[position] as number, end);
  const parsed = parseCsv(text, index.separator);
  return parsed.ok ? (parsed.records[0] ?? ['']) : [text];
}
