/**
 * A minimal ZIP writer (stored or deflated entries, no extras), to build archives that are not valid
 * workbooks: wrong parts, broken XML, entities, an entry that inflates to hundreds of megabytes.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** One file inside the archive: its data, or data deflated elsewhere (too large to hold inflated). */
export type ZipEntry =
  | { name: string; data: Buffer; isDeflated?: boolean }
  | { name: string; deflated: Buffer; crc: number; size: number };

interface PackedEntry {
  name: Buffer;
  body: Buffer;
  isDeflated: boolean;
  crc: number;
  size: number;
}

function pack(entry: ZipEntry): PackedEntry {
  const name = Buffer.from(entry.name, 'utf8');
  if ('deflated' in entry)
    return { name, body: entry.deflated, isDeflated: true, crc: entry.crc, size: entry.size };
  const isDeflated = entry.isDeflated === true;
  const body = isDeflated ? deflateRawSync(entry.data) : entry.data;
  return { name, body, isDeflated, crc: crc32(entry.data), size: entry.data.length };
}

function localHeader(entry: PackedEntry): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6); // UTF-8 names
  header.writeUInt16LE(entry.isDeflated ? 8 : 0, 8);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.body.length, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  return Buffer.concat([header, entry.name]);
}

function centralHeader(entry: PackedEntry, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(0x0800, 8);
  header.writeUInt16LE(entry.isDeflated ? 8 : 0, 10);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.body.length, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, entry.name]);
}

/** The bytes of a ZIP archive holding `entries` in order. */
export function zipArchive(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries.map(pack)) {
    const local = Buffer.concat([localHeader(entry), entry.body]);
    centrals.push(centralHeader(entry, offset));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}
