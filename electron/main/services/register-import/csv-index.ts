/**
 * A CSV file kept as the offset of each record, so a register of 100,000 rows is never held as millions
 * of strings: a record is decoded only when it is read. Quotes, separators and line breaks are ASCII and
 * never occur inside a UTF-8 multi-byte sequence, so records are found on the bytes, fed in chunks
 * (CsvIndexer), and each record is read again from the file itself (fileText): an import never holds a
 * copy of the whole file in memory.
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

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Inside a quoted field, just after a quote: the field closes unless the next byte is a quote too. */
const QUOTE_SEEN = 3;
/** Just after a CR that ended a record: a LF next belongs to the same line break. */
const AFTER_CR = 4;

/**
 * Finds where each record starts in bytes fed chunk by chunk, so a file is indexed without holding it in
 * memory; the rules are parseCsv's exactly (a test compares the two, at every chunk size).
 */
export class CsvIndexer {
  private starts: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  private count = 0;
  private state = FIELD_START;
  private recordStart: number;
  private readonly separatorCode: number;

  /** Bytes before `from` (a BOM) are not part of any record. */
  constructor(
    private readonly from: number,
    readonly separator: ',' | ';',
  ) {
    this.recordStart = from;
    this.separatorCode = separator.charCodeAt(0);
  }

  /** The next bytes of the file, which start at byte `offset`. */
  push(chunk: Uint8Array, offset: number): void {
    let at = Math.max(0, this.from - offset);
    while (at < chunk.length) {
      if (this.state === QUOTED) {
        const close = chunk.indexOf(QUOTE, at);
        if (close === -1) return;
        this.state = QUOTE_SEEN;
        at = close + 1;
        continue;
      }
      const code = chunk[at];
      if (this.state === QUOTE_SEEN) {
        this.state = code === QUOTE ? QUOTED : UNQUOTED;
        if (code === QUOTE) at += 1;
        continue;
      }
      if (this.state === AFTER_CR) {
        this.state = FIELD_START;
        this.recordStart = code === LF ? offset + at + 1 : offset + at;
        if (code === LF) {
          at += 1;
          continue;
        }
      }
      at += 1;
      if (this.state === FIELD_START && code === QUOTE) this.state = QUOTED;
      else if (code === this.separatorCode) this.state = FIELD_START;
      else if (code === LF) this.endRecord(FIELD_START, offset + at);
      else if (code === CR) this.endRecord(AFTER_CR, offset + at);
      else this.state = UNQUOTED;
    }
  }

  /** The index once every byte was pushed; `length` is the file's length and `text` reads its bytes. */
  finish(
    length: number,
    text: CsvIndex['text'],
  ): { ok: true; index: CsvIndex } | Extract<CsvResult, { ok: false }> {
    if (this.state === QUOTED) return unclosedQuote(this.count + 1);
    if (this.state !== AFTER_CR && this.recordStart < length) this.add(this.recordStart);
    const starts = this.starts.slice(0, this.count);
    return { ok: true, index: { separator: this.separator, starts, length, text } };
  }

  private endRecord(next: number, nextStart: number): void {
    this.add(this.recordStart);
    this.state = next;
    this.recordStart = nextStart;
  }

  private add(start: number): void {
    if (this.count === this.starts.length) this.starts = growTo(this.starts, this.count * 2);
    this.starts[this.count++] = start;
  }
}

/** Bytes read from the file at once: records in file order are served from one read, not one each. */
const WINDOW_BYTES = 256 * 1024;

/**
 * The text of bytes start … end - 1 of an open file (descriptor `fd`, `length` bytes long when indexed),
 * read through a window reused from call to call: a pass over the records in file order reads the file
 * once in 256 KB reads.
 */
export function fileText(fd: number, length: number): CsvIndex['text'] {
  let window = Buffer.alloc(WINDOW_BYTES);
  let windowStart = 0;
  let windowEnd = 0;
  const fill = (start: number, end: number): void => {
    const size = Math.min(Math.max(end - start, WINDOW_BYTES), length - start);
    if (size > window.length) window = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const got = readSync(fd, window, read, size - read, start + read);
      if (got === 0) break;
      read += got;
    }
    if (start + read < end) throw new Error('The CSV file became shorter while it was being imported.');
    windowStart = start;
    windowEnd = start + read;
  };
  return (start, end) => {
    if (start < windowStart || end > windowEnd) fill(start, end);
    return window.toString('utf8', start - windowStart, end - windowStart);
  };
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
