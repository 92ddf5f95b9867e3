/**
 * A CSV file kept as its bytes with the offset of each record, so a register of 100,000 rows is never
 * held as millions of strings: a record is decoded only when it is read. Quotes, separators and line
 * breaks are ASCII and never occur inside a UTF-8 multi-byte sequence, so records are found on the bytes.
 */
import { parseCsv, unclosedQuote, type CsvResult } from './csv-reader';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export interface CsvIndex {
  bytes: Buffer;
  separator: ',' | ';';
  /** Byte offset where each record starts; the record ends where the next starts (or at the end). */
  starts: Uint32Array;
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
  return { ok: true, index: { bytes, separator, starts: starts.slice(0, count) } };
}

function growTo(array: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(size);
  grown.set(array);
  return grown;
}

/** The cells of record `position` (0-based); a last record holding only `""` reads as one empty cell. */
export function csvRecord(index: CsvIndex, position: number): string[] {
  const end = position + 1 < index.starts.length ? index.starts[position + 1] : index.bytes.length;
  const text = index.bytes.toString('utf8', index.starts[position], end);
  const parsed = parseCsv(text, index.separator);
  return parsed.ok ? (parsed.records[0] ?? ['']) : [text];
}
