import { readFile, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, writeXlsx } from './test-support';
import { readXlsx } from './xlsx-reader';
import { utf8Text } from './xlsx-stream-utf8';

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const texts: string[] = [];
  for await (const text of chunks) texts.push(text);
  return texts;
}

function bytes(...parts: number[][]): AsyncIterable<Buffer> {
  return Readable.from(parts.map((part) => Buffer.from(part)));
}

describe('utf8Text', () => {
  it('joins a letter whose bytes two chunks share', async () => {
    // "Đức": Đ = c4 90, ứ = e1 bb a9, c = 63; cut inside Đ and inside ứ.
    expect((await collect(utf8Text(bytes([0xc4], [0x90, 0xe1, 0xbb], [0xa9, 0x63])))).join('')).toBe('Đức');
  });
});

describe('readXlsx on a large sheet', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads every Vietnamese letter of thousands of cells as written (no "\\ufffd" at chunk edges)', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [
      `Nguyễn Thị Hường ${i}`,
      `Khiếu nại việc thu hồi đất ở thửa số ${i}, đề nghị xem xét bồi thường, hỗ trợ tái định cư`,
    ]);
    const path = await writeXlsx(dir, 'lon.xlsx', [['ho_ten', 'noi_dung'], ...rows]);
    const result = await readXlsx(await readFile(path), 'lon.xlsx');
    if (!result.ok) throw new Error(result.message);
    expect(Array.from({ length: result.rows.count - 1 }, (_, i) => result.rows.row(i + 1).cells)).toEqual(
      rows,
    );
  });
});
