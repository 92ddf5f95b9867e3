import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

const FONT_DIR = join(import.meta.dirname, '..', '..', 'node_modules', '@fontsource', 'tinos', 'files');

/** The tables of a WOFF 1.0 file, inflated: tag → bytes. */
function woffTables(file: Buffer): Map<string, Buffer> {
  if (file.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF file');
  const count = file.readUInt16BE(12);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    const tag = file.toString('latin1', entry, entry + 4);
    const offset = file.readUInt32BE(entry + 4);
    const compLength = file.readUInt32BE(entry + 8);
    const origLength = file.readUInt32BE(entry + 12);
    const raw = file.subarray(offset, offset + compLength);
    tables.set(tag, compLength < origLength ? inflateSync(raw) : raw);
  }
  return tables;
}

/** Code points of a cmap format 4 subtable that map to a real glyph. */
function format4(cmap: Buffer, at: number, into: Set<number>): void {
  const segments = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = cmap.readUInt16BE(ends + s * 2);
    const start = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(ranges + s * 2);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      const glyph =
        rangeOffset === 0
          ? (code + delta) & 0xffff
          : cmap.readUInt16BE(ranges + s * 2 + rangeOffset + (code - start) * 2);
      if (glyph !== 0) into.add(code);
    }
  }
}

/** Code points of a cmap format 12 subtable. */
function format12(cmap: Buffer, at: number, into: Set<number>): void {
  const groups = cmap.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    for (let code = cmap.readUInt32BE(group); code <= cmap.readUInt32BE(group + 4); code++) into.add(code);
  }
}

/** Every code point the font file maps to a glyph (Unicode cmap subtables, formats 4 and 12). */
export function coveredCodePoints(fileName: string): Set<number> {
  const cmap = woffTables(readFileSync(join(FONT_DIR, fileName))).get('cmap');
  if (!cmap) throw new Error(`${fileName} has no cmap`);
  const covered = new Set<number>();
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const at = cmap.readUInt32BE(4 + i * 8 + 4);
    if (platform !== 0 && platform !== 3) continue;
    const format = cmap.readUInt16BE(at);
    if (format === 4) format4(cmap, at, covered);
    if (format === 12) format12(cmap, at, covered);
  }
  return covered;
}

/** What the print routes load: Tinos latin + vietnamese, in the given style (e.g. '400-normal'). */
export function tinosCoverage(style: string): Set<number> {
  return new Set([
    ...coveredCodePoints(`tinos-latin-${style}.woff`),
    ...coveredCodePoints(`tinos-vietnamese-${style}.woff`),
  ]);
}

/** Characters of `text` (whitespace aside) that the font cannot draw: they would print as tofu. */
export function missingCharacters(text: string, covered: Set<number>): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (/\s/.test(char)) continue;
    if (!covered.has(code)) missing.add(char);
  }
  return [...missing];
}
