import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecord, fileText, type CsvIndex } from './csv-index';
import { indexCsv } from './test-support';

/**
 * Indexes `bytes` in memory, writes `onDisk` (the same bytes unless given) to a file, and runs `check`
 * with both indexes: the one reading memory and the one reading the file.
 */
function withFileIndex(
  bytes: Buffer,
  check: (inMemory: CsvIndex, fromFile: CsvIndex) => void,
  onDisk: Buffer = bytes,
): void {
  const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-csv-')), 'so.csv');
  writeFileSync(file, onDisk);
  const indexed = indexCsv(bytes, 0, ',');
  if (!indexed.ok) throw new Error(indexed.message);
  const fd = openSync(file, 'r');
  try {
    check(indexed.index, { ...indexed.index, text: fileText(fd, indexed.index.length) });
  } finally {
    closeSync(fd);
  }
}

describe('fileText', () => {
  it('reads the same records from the file as from its bytes, long records included', () => {
    const long = 'Nội dung '.repeat(10_000);
    const text = `Họ tên,Nội dung\r\n"Trần Thị Bé","dòng 1\ndòng 2"\nNguyễn Văn Đức,"${long}"\rLê A,x`;
    withFileIndex(Buffer.from(text, 'utf8'), (inMemory, fromFile) => {
      const positions = [3, 0, 2, 1];
      expect(positions.map((p) => csvRecord(fromFile, p))).toEqual(
        positions.map((p) => csvRecord(inMemory, p)),
      );
      expect(csvRecord(fromFile, 2)).toEqual(['Nguyễn Văn Đức', long]);
    });
  });

  it('stops with an error when the file has become shorter than its index', () => {
    withFileIndex(
      Buffer.from('a,b\nc,d\n', 'utf8'),
      (_inMemory, fromFile) => expect(() => csvRecord(fromFile, 1)).toThrow('became shorter'),
      Buffer.from('a,b\n', 'utf8'),
    );
  });

  it('reads records past its 256 KB window, a record longer than the window, in any order', () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `Người ${i},"Nội dung số ${i} ${'đ'.repeat(i % 97)}"`,
    );
    rows[1500] = `Người dài,"${'ệ'.repeat(200_000)}"`;
    withFileIndex(Buffer.from(rows.join('\r\n'), 'utf8'), (inMemory, fromFile) => {
      const order = [...rows.keys(), ...[...rows.keys()].reverse(), 1500, 0, 2999, 1499, 1501];
      expect(order.map((p) => csvRecord(fromFile, p))).toEqual(order.map((p) => csvRecord(inMemory, p)));
    });
  });
});
