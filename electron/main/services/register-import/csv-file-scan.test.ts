import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeUtf8Length, scanCsvFile } from './csv-file-scan';
import { csvRecord } from './csv-index';

async function scan(bytes: Buffer, from = 0) {
  const path = join(mkdtempSync(join(tmpdir(), 'tiepdan-scan-')), 'so.csv');
  writeFileSync(path, bytes);
  const file = await open(path, 'r');
  try {
    const result = await scanCsvFile(file, from, ',');
    const records = result.ok ? Array.from(result.index.starts, (_, at) => csvRecord(result.index, at)) : [];
    return { result, records };
  } finally {
    await file.close();
  }
}

const MB = 1024 * 1024;

describe('completeUtf8Length', () => {
  it('cuts before a sequence the chunk ends inside, and nowhere else', () => {
    const text = Buffer.from('aĐệ😀', 'utf8'); // 1 + 2 + 3 + 4 bytes
    expect(completeUtf8Length(text, 10)).toBe(10);
    expect(completeUtf8Length(text, 9)).toBe(6);
    expect(completeUtf8Length(text, 7)).toBe(6);
    expect(completeUtf8Length(text, 5)).toBe(3);
    expect(completeUtf8Length(text, 2)).toBe(1);
    expect(completeUtf8Length(text, 1)).toBe(1);
    expect(completeUtf8Length(Buffer.from([0x80, 0x80, 0x80, 0x80]), 4)).toBe(4);
  });
});

describe('scanCsvFile', () => {
  it('indexes, hashes and checks a file whose characters straddle the 1 MB chunks', async () => {
    // "ệ" is 3 bytes: 1 + 3k never lands on a chunk edge, so some character is split across chunks.
    const line = `Nguyễn Văn Đức,"nội dung ${'ệ'.repeat(1000)}"\r\n`;
    const bytes = Buffer.from(`\ufeffHọ tên,Nội dung\r\n${line.repeat(Math.ceil((2.5 * MB) / line.length))}`);
    const { result, records } = await scan(bytes, 3);
    if (!result.ok) throw new Error('scan failed');
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(records[0]).toEqual(['Họ tên', 'Nội dung']);
    expect(records.length).toBe(1 + Math.ceil((2.5 * MB) / line.length));
    expect(new Set(records.slice(1).map((cells) => cells.join('|')))).toEqual(
      new Set([`Nguyễn Văn Đức|nội dung ${'ệ'.repeat(1000)}`]),
    );
  });

  it('refuses bytes that are not UTF-8, at a chunk edge or at the very end', async () => {
    const broken = Buffer.alloc(MB + 2, 0x61);
    broken[MB - 1] = 0xe1; // a 3-byte lead, followed by ASCII in the next chunk
    expect((await scan(broken)).result).toEqual({ ok: false, kind: 'not-utf8' });
    expect((await scan(Buffer.from([0x61, 0x2c, 0xe1, 0xbb]))).result).toEqual({
      ok: false,
      kind: 'not-utf8',
    });
    expect((await scan(Buffer.from('a,b\n\u0000', 'utf8'))).result).toEqual({ ok: false, kind: 'not-utf8' });
  });

  it("reports a quote never closed with parseCsv's message", async () => {
    const { result } = await scan(Buffer.from('a,b\nc,"d\ne,f\n', 'utf8'));
    expect(result).toMatchObject({
      ok: false,
      kind: 'csv',
      message: expect.stringContaining('Dòng 2') as unknown,
    });
  });
});
