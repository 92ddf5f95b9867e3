/**
 * One pass over a CSV file through a single reused buffer: its SHA-256, whether it is clean UTF-8, and the
 * index of its records. Nothing of the file stays in memory but the record offsets, so a 50 MB register
 * costs its index (4 bytes a record) during an import, not its size.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { CsvIndexer, fileText, type CsvIndex } from './csv-index';
import type { CsvResult } from './csv-reader';

const CHUNK_BYTES = 1024 * 1024;
/** The longest UTF-8 sequence less one: what a chunk may end in the middle of. */
const MAX_CARRY = 3;

export type CsvFileScan =
  | { ok: true; index: CsvIndex; sha256: string }
  | { ok: false; kind: 'not-utf8' }
  | (Extract<CsvResult, { ok: false }> & { kind: 'csv' });

/**
 * The length of the longest prefix of bytes[0 … end) that does not stop inside a multi-byte sequence;
 * what is cut off (at most 3 bytes) is checked together with the next chunk.
 */
export function completeUtf8Length(bytes: Uint8Array, end: number): number {
  let lead = end - 1;
  while (lead >= 0 && end - lead <= MAX_CARRY && ((bytes[lead] as number) & 0xc0) === 0x80) lead -= 1;
  if (lead < 0) return end;
  const byte = bytes[lead] as number;
  const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return end - lead < needed ? lead : end;
}

/**
 * Reads the open file from its start. Not UTF-8 (or holding NUL bytes, as UTF-16 and binary files do):
 * kind 'not-utf8'. A quote never closed: kind 'csv' with parseCsv's message. Otherwise the index reads its
 * records from the same file.
 */
export async function scanCsvFile(
  file: FileHandle,
  from: number,
  separator: ',' | ';',
): Promise<CsvFileScan> {
  const hash = createHash('sha256');
  const indexer = new CsvIndexer(from, separator);
  const buffer = Buffer.alloc(MAX_CARRY + CHUNK_BYTES);
  let carry = 0;
  let offset = 0;
  for (;;) {
    const { bytesRead } = await file.read(buffer, carry, CHUNK_BYTES, offset);
    if (bytesRead === 0) break;
    const fresh = buffer.subarray(carry, carry + bytesRead);
    if (fresh.includes(0)) return { ok: false, kind: 'not-utf8' };
    hash.update(fresh);
    indexer.push(fresh, offset);
    offset += bytesRead;
    const filled = carry + bytesRead;
    const complete = completeUtf8Length(buffer, filled);
    if (!isUtf8(buffer.subarray(0, complete))) return { ok: false, kind: 'not-utf8' };
    buffer.copyWithin(0, complete, filled);
    carry = filled - complete;
  }
  if (carry > 0) return { ok: false, kind: 'not-utf8' };
  const indexed = indexer.finish(offset, fileText(file.fd, offset));
  if (!indexed.ok) return { ...indexed, kind: 'csv' };
  return { ok: true, index: indexed.index, sha256: hash.digest('hex') };
}
