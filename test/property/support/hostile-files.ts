/**
 * Register files an office could hand over by mistake or an attacker could craft: workbooks that are
 * not workbooks, legacy encodings, decompression bombs. Also the checks every parse result must pass.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { createDeflateRaw, crc32 } from 'node:zlib';
import type { DB } from '../../../electron/main/db/schema';
import type { RegisterFileResult } from '../../../electron/main/services/register-import';
import { hasVietnameseLetter } from './reply-check';
import { zipArchive, type ZipEntry } from './zip-writer';

/** The four columns without which no row imports. */
export const HEADER = ['ngay_tiep', 'ho_ten', 'phan_loai', 'noi_dung'];

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8"?>';

/** Every part of a one-sheet workbook except the sheet itself. */
function skeleton(): ZipEntry[] {
  const types =
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/></Types>';
  const rels = `${XML}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook = `${XML}<workbook xmlns="${MAIN_NS}" xmlns:r="${OFFICE_REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const workbookRels = `${XML}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
  return [
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(workbookRels) },
  ];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Sheet XML with inline-string cells; `doctype` and raw cell XML let a test add entities. */
export function sheetXml(rows: string[][], options: { doctype?: string; rawCells?: string } = {}): string {
  const body = rows
    .map((cells, r) => {
      const xml = cells.map((cell) => `<c t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`).join('');
      return `<row r="${r + 1}">${xml}${r === rows.length - 1 ? (options.rawCells ?? '') : ''}</row>`;
    })
    .join('');
  return `${XML}${options.doctype ?? ''}<worksheet xmlns="${MAIN_NS}"><sheetData>${body}</sheetData></worksheet>`;
}

/** A workbook whose only sheet is `sheet` (XML text, or a pre-deflated entry). */
export function workbookZip(sheet: string | Omit<Extract<ZipEntry, { deflated: Buffer }>, 'name'>): Buffer {
  const entry: ZipEntry =
    typeof sheet === 'string'
      ? { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet), isDeflated: true }
      : { name: 'xl/worksheets/sheet1.xml', ...sheet };
  return zipArchive([...skeleton(), entry]);
}

/**
 * A sheet of `megabytes` MB of spaces, deflated chunk by chunk so the test never holds it inflated:
 * a workbook of about 1 KB per MB it claims.
 */
export async function bombSheet(megabytes: number): Promise<{ deflated: Buffer; crc: number; size: number }> {
  const head = Buffer.from(`<?xml version="1.0"?><worksheet xmlns="${MAIN_NS}"><sheetData>`);
  const tail = Buffer.from('</sheetData></worksheet>');
  const chunk = Buffer.alloc(1024 * 1024, ' ');
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (part: Buffer) => out.push(part));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  let crc = crc32(head);
  deflate.write(head);
  for (let index = 0; index < megabytes; index += 1) {
    crc = crc32(chunk, crc);
    deflate.write(chunk);
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await ended;
  return {
    deflated: Buffer.concat(out),
    crc,
    size: (head.length + tail.length + megabytes * chunk.length) >>> 0,
  };
}

/** "Nguyễn Văn An khiếu nại đất đai" as TCVN3 (ABC) shows it in a Unicode font. */
export const TCVN3_TEXT = 'NguyÔn V¨n An,khiÕu n¹i,TrÇn ThÞ B×nh tè c¸o vÒ ®Êt ®ai ë Hµ Néi';
/** The same words as VNI-Times shows them. */
export const VNI_TEXT = 'Nguyeãn Vaên An,khieáu naïi,Traàn Thò Bình toá caùo veà ñaát ñai ôû Haø Noäi';

/** Problems with the shape of a parse result (empty when it is well-formed and in Vietnamese). */
export function resultProblems(result: RegisterFileResult): string[] {
  const problems: string[] = [];
  if (!Array.isArray(result.rows)) problems.push('rows is not an array');
  if (!Number.isInteger(result.totalRows) || result.totalRows < 0)
    problems.push(`totalRows ${result.totalRows}`);
  for (const problem of result.problems) {
    if (!['error', 'warning'].includes(problem.severity)) problems.push(`severity ${problem.severity}`);
    if (problem.row !== null && !Number.isInteger(problem.row)) problems.push(`row ${problem.row}`);
    if (!hasVietnameseLetter(problem.message))
      problems.push(`not Vietnamese: ${problem.message.slice(0, 200)}`);
  }
  return problems;
}

/** True when the result refuses the whole file: no rows, and an error about the file (row null). */
export function isFileRefusal(result: RegisterFileResult): boolean {
  return result.rows.length === 0 && result.problems.some((p) => p.row === null && p.severity === 'error');
}

/** Row count of every table, to show that a refused import wrote nothing anywhere. */
export async function tableCounts(db: Kysely<DB>): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(db);
    counts[name] = Number(row.rows[0]?.n ?? 0);
  }
  return counts;
}
