/**
 * Security item 7: hostile register files. Whatever the bytes, `parseRegisterFile` answers with rows and
 * problems in Vietnamese and never throws; a file refused as a whole leaves the database untouched.
 */
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../electron/main/db/schema';
import { parseRegisterFile } from '../../electron/main/services/register-import';
import { importRegisterFile } from '../../electron/main/services/register-import/import-register';
import {
  makeTempDir,
  writeSampleXlsx,
  writeXlsx,
} from '../../electron/main/services/register-import/test-support';
import { createTestDb, fixedClock, testContext } from '../fixtures/test-db';
import {
  HEADER,
  isFileRefusal,
  resultProblems,
  sheetXml,
  tableCounts,
  TCVN3_TEXT,
  VNI_TEXT,
  workbookZip,
} from './support/hostile-files';
import { oddString } from './support/hostile-values';
import { FIXED_SEED, randomRunSeed } from './support/seeds';
import { zipArchive } from './support/zip-writer';

const NOW = new Date('2026-11-27T02:30:00Z');
let dir: string;
let db: Kysely<DB>;
let sampleXlsx: Buffer;
let fileCount = 0;

beforeAll(async () => {
  dir = await makeTempDir();
  db = await createTestDb();
  sampleXlsx = await readFile(await writeSampleXlsx(dir));
  fc.configureGlobal({ seed: FIXED_SEED });
});
afterAll(async () => {
  fc.resetConfigureGlobal();
  await db.destroy();
  await rm(dir, { recursive: true, force: true });
});

const ctx = () => testContext(db, fixedClock(NOW.toISOString()));

async function writeFresh(extension: string, content: string | Buffer): Promise<string> {
  fileCount += 1;
  const path = join(dir, `so-${fileCount}${extension}`);
  await writeFile(path, content);
  return path;
}

/** Parses the file, checks the result's shape, and returns it. */
async function parse(path: string) {
  const result = await parseRegisterFile(path, { now: NOW });
  expect(resultProblems(result)).toEqual([]);
  return result;
}

/** The file is refused as a whole, and a real (not dry-run) import of it writes nothing. */
async function expectRefusedWithoutWrites(path: string): Promise<void> {
  expect(isFileRefusal(await parse(path))).toBe(true);
  const before = await tableCounts(db);
  const result = await importRegisterFile(ctx(), path, { dryRun: false });
  expect(result.imported).toBe(0);
  expect(await tableCounts(db)).toEqual(before);
}

describe('files that are not workbooks', () => {
  it('random bytes named .xlsx, with or without a ZIP signature, are refused', async () => {
    const bytes = fc
      .tuple(fc.boolean(), fc.uint8Array({ maxLength: 4096 }))
      .map(([isZip, body]) => Buffer.concat([Buffer.from(isZip ? 'PK\u0003\u0004' : ''), body]));
    await fc.assert(
      fc.asyncProperty(bytes, async (content) =>
        expectRefusedWithoutWrites(await writeFresh('.xlsx', content)),
      ),
      { numRuns: 25 },
    );
  });

  it('a workbook cut short anywhere is refused', async () => {
    const cut = fc.integer({ min: 1, max: sampleXlsx.length - 1 });
    await fc.assert(
      fc.asyncProperty(cut, async (length) =>
        expectRefusedWithoutWrites(await writeFresh('.xlsx', sampleXlsx.subarray(0, length))),
      ),
      { numRuns: 20 },
    );
  });

  const lol = Array.from({ length: 8 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
  it.each([
    ['a ZIP of a text file', zipArchive([{ name: 'thu.txt', data: Buffer.from('xin chào') }])],
    [
      'a ZIP with a path-escaping entry name',
      zipArchive([{ name: '../../evil.txt', data: Buffer.from('x') }]),
    ],
    ['an empty ZIP', zipArchive([])],
    ['a workbook whose sheet is not XML', workbookZip('<worksheet><sheetData><row><c>')],
    ['a workbook with an empty sheet', workbookZip(sheetXml([]))],
    [
      'a sheet that expands entities a billion times',
      workbookZip(sheetXml([HEADER], { doctype: `<!DOCTYPE w [<!ENTITY l0 "lol">${lol}]>` })),
    ],
  ])('%s is refused and writes nothing', async (_label, content) => {
    await expectRefusedWithoutWrites(await writeFresh('.xlsx', content));
  });

  it('a sheet naming an external entity never reads that file', async () => {
    const doctype = '<!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const rawCells = '<c t="inlineStr"><is><t>&xxe;</t></is></c>';
    const content = workbookZip(
      sheetXml([HEADER, ['05/03/2024', 'An', 'khiếu nại', 'x']], { doctype, rawCells }),
    );
    const result = await parse(await writeFresh('.xlsx', content));
    expect(JSON.stringify(result)).not.toContain('root:');
  });
});

describe('text in the wrong encoding', () => {
  const csv = (text: string) => `${HEADER.join(',')}\n05/03/2024,${text}\n`;
  it.each([
    ['TCVN3 bytes', Buffer.from(csv(TCVN3_TEXT), 'latin1')],
    ['TCVN3 look-alikes saved as UTF-8', Buffer.from(csv(TCVN3_TEXT), 'utf8')],
    ['VNI look-alikes saved as UTF-8', Buffer.from(csv(VNI_TEXT), 'utf8')],
    [
      'UTF-16LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv('Nguyễn,khiếu nại,x'), 'utf16le')]),
    ],
    [
      'UTF-16BE with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(csv('Nguyễn,khiếu nại,x'), 'utf16le').swap16()]),
    ],
    ['Latin-1 bytes', Buffer.from(csv('Müller Zoë,khiếu nại,Ça coûte'), 'latin1')],
    [
      'text already damaged by a wrong decoding',
      Buffer.from(csv('Nguy\ufffd\ufffdn V\ufffdn,khi\ufffdu n\ufffdi,x')),
    ],
    ['embedded NUL bytes', Buffer.from(csv('Nguyễn\u0000An,khiếu nại,x'))],
  ])('%s: the file is refused with a message about the encoding', async (_label, content) => {
    const path = await writeFresh('.csv', content);
    await expectRefusedWithoutWrites(path);
    const result = await parseRegisterFile(path, { now: NOW });
    expect(result.problems[0]?.message).toMatch(/UTF-8|Unicode|bảng mã|lỗi mã/);
  });
});

const FORMULAS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example","Bấm vào đây")',
  '+1+2',
  '-2+3',
  '@SUM(A1:A9)',
];

describe('formula-looking cells', () => {
  const rows = FORMULAS.map((text, i) => [`0${i + 1}/03/2024`, `${text} ${i}`, 'khiếu nại', text]);

  async function expectStoredVerbatim(path: string): Promise<void> {
    const parsed = await parse(path);
    expect(parsed.rows.map((row) => [row.person.fullName, row.content])).toEqual(
      rows.map((r) => [r[1], r[3]]),
    );
    await importRegisterFile(ctx(), path, { dryRun: false });
    const stored = await db.selectFrom('visits').select('content').where('content', 'in', FORMULAS).execute();
    expect(stored.map((visit) => visit.content).sort()).toEqual([...FORMULAS].sort());
    await db.deleteFrom('visits').execute();
  }

  it('are read and stored as the text typed, in CSV', async () => {
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    const text = [HEADER, ...rows].map((row) => row.map(quote).join(',')).join('\r\n');
    await expectStoredVerbatim(await writeFresh('.csv', `\ufeff${text}`));
  });

  it('are read and stored as the text typed, in XLSX string cells', async () => {
    await expectStoredVerbatim(await writeXlsx(dir, 'cong-thuc.xlsx', [HEADER, ...rows]));
  });
});

describe('sizes and characters at the edges', () => {
  it('very long cells give a structured result', async () => {
    const text = `${HEADER.join(',')}\n05/03/2024,${'N'.repeat(200_000)},khiếu nại,${'Nội dung '.repeat(100_000)}\n`;
    await parse(await writeFresh('.csv', text));
  });

  it('a cell of 1.5 million "ễ" (4.5 MB) gives a structured result instead of throwing', async () => {
    const path = await writeFresh(
      '.csv',
      `${HEADER.join(',')}\n05/03/2024,An,khiếu nại,${'ễ'.repeat(1_500_000)}\n`,
    );
    await expect(parseRegisterFile(path, { now: NOW })).resolves.toMatchObject({ totalRows: 1 });
  }, 60_000);

  it('10,000 columns, in CSV and XLSX, give a structured result', async () => {
    const header = [...HEADER, ...Array.from({ length: 9_996 }, (_, i) => `Cột thêm ${i}`)];
    const row = [
      '05/03/2024',
      'Nguyễn Văn An',
      'khiếu nại',
      'Đất đai',
      ...header.slice(4).map((_, i) => `v${i}`),
    ];
    const csv = await parse(await writeFresh('.csv', `${header.join(',')}\n${row.join(',')}\n`));
    const xlsx = await parse(await writeXlsx(dir, 'rong.xlsx', [header, row]));
    expect([csv.rows.length, xlsx.rows.length]).toEqual([1, 1]);
  }, 60_000);

  it('control characters and NULs in XLSX cells never reach the rows', async () => {
    const path = await writeXlsx(dir, 'nul.xlsx', [
      HEADER,
      ['05/03/2024', 'An\u0000Bình', 'khiếu nại', 'x\u0000y\u0001\u001f'],
    ]);
    const result = await parse(path);
    expect(JSON.stringify(result.rows)).not.toMatch(/\\u000[01]|\\u001f/);
  });
});

/** CSV text: the usual header, then rows of hostile strings. */
const hostileCsv = fc
  .array(fc.array(oddString, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 })
  .map((rows) => {
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    return [HEADER, ...rows].map((row) => row.map(quote).join(',')).join('\n');
  });

describe('CSV of hostile strings', () => {
  const check = async (text: string) => {
    const path = await writeFresh('.csv', text);
    await parse(path);
    const before = await tableCounts(db);
    await importRegisterFile(ctx(), path, { dryRun: true });
    expect(await tableCounts(db)).toEqual(before);
  };

  it(`never throws (seed ${FIXED_SEED})`, async () => {
    await fc.assert(fc.asyncProperty(hostileCsv, check), { numRuns: 40 });
  });

  it('never throws (random seed)', async () => {
    await fc.assert(fc.asyncProperty(hostileCsv, check), { seed: randomRunSeed('hostile CSV'), numRuns: 40 });
  });
});
