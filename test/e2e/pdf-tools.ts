import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function toFile(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-pdf-')), 'document.pdf');
  writeFileSync(file, pdf);
  return file;
}

/** The PDF's text as poppler's `pdftotext -layout` reads it back. */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', toFile(pdf), '-'], { encoding: 'utf8' });
}

/** The PDF's text with runs of spaces collapsed, for phrases the layout may split across columns. */
export function flatText(pdf: Buffer): string {
  return pdfText(pdf)
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .join('\n');
}

export interface PdfFont {
  name: string;
  type: string;
  isEmbedded: boolean;
}

/** `pdffonts`: each font the PDF uses, and whether it is embedded. */
export function pdfFonts(pdf: Buffer): PdfFont[] {
  const out = execFileSync('pdffonts', [toFile(pdf)], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', ...rest] = line.trim().split(/\s+/);
      // Columns after the name: type words…, encoding, emb, sub, uni, object, ID.
      const emb = rest.at(-5);
      return { name, type: rest.slice(0, -6).join(' '), isEmbedded: emb === 'yes' };
    });
}

/** Page size in points and orientation, from `pdfinfo`. */
export function pdfPageSize(pdf: Buffer): { width: number; height: number; pages: number } {
  const out = execFileSync('pdfinfo', [toFile(pdf)], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  const pages = /Pages:\s+(\d+)/.exec(out);
  return { width: Number(size?.[1]), height: Number(size?.[2]), pages: Number(pages?.[1]) };
}
