/**
 * An XLSX file is a ZIP archive, and exceljs inflates it whole in memory: a 300 KB "bomb" can ask for
 * gigabytes. The central directory at the end of the archive states each entry's uncompressed size, so
 * the total is checked before anything is inflated.
 */
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;

/** More than this uncompressed is refused (a real 100,000-row register inflates to well under it). */
export const MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;

export type ZipSize =
  | { ok: true; uncompressedBytes: number }
  | { ok: false; reason: 'not_zip' | 'too_large' };

function findEndOfCentralDirectory(buffer: Buffer): number {
  const earliest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let offset = buffer.length - 22; offset >= earliest; offset -= 1) {
    if (buffer.readUInt32LE(offset) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

/** The sum of the archive's uncompressed entry sizes, or why it cannot be trusted. */
export function zipUncompressedSize(buffer: Buffer, limit = MAX_UNCOMPRESSED_BYTES): ZipSize {
  if (buffer.length < 22) return { ok: false, reason: 'not_zip' };
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) return { ok: false, reason: 'not_zip' };
  const entries = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  let total = 0;
  for (let index = 0; index < entries; index += 1) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL_SIGNATURE) {
      return { ok: false, reason: 'not_zip' };
    }
    const size = buffer.readUInt32LE(offset + 24);
    if (size === ZIP64_MARKER) return { ok: false, reason: 'too_large' };
    total += size;
    if (total > limit) return { ok: false, reason: 'too_large' };
    offset +=
      46 +
      buffer.readUInt16LE(offset + 28) +
      buffer.readUInt16LE(offset + 30) +
      buffer.readUInt16LE(offset + 32);
  }
  return { ok: true, uncompressedBytes: total };
}
