import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecord, indexCsv, readFromFile } from './csv-index';

describe('readFromFile', () => {
  it('reads the same records from the file as from its bytes, long records included', () => {
    const long = 'Nội dung '.repeat(10_000);
    const text = `Họ tên,Nội dung\r\n"Trần Thị Bé","dòng 1\ndòng 2"\nNguyễn Văn Đức,"${long}"\rLê A,x`;
    const bytes = Buffer.from(text, 'utf8');
    const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-csv-')), 'so.csv');
    writeFileSync(file, bytes);
    const indexed = indexCsv(bytes, 0, ',');
    if (!indexed.ok) throw new Error(indexed.message);
    const fd = openSync(file, 'r');
    try {
      const onDisk = readFromFile(indexed.index, fd);
      const positions = [3, 0, 2, 1];
      expect(positions.map((p) => csvRecord(onDisk, p))).toEqual(
        positions.map((p) => csvRecord(indexed.index, p)),
      );
      expect(csvRecord(onDisk, 2)).toEqual(['Nguyễn Văn Đức', long]);
    } finally {
      closeSync(fd);
    }
  });

  it('stops with an error when the file has become shorter than its index', () => {
    const bytes = Buffer.from('a,b\nc,d\n', 'utf8');
    const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-csv-')), 'so.csv');
    writeFileSync(file, 'a,b\n');
    const indexed = indexCsv(bytes, 0, ',');
    if (!indexed.ok) throw new Error(indexed.message);
    const fd = openSync(file, 'r');
    try {
      expect(() => csvRecord(readFromFile(indexed.index, fd), 1)).toThrow('became shorter');
    } finally {
      closeSync(fd);
    }
  });

  it('reads records past its 256 KB window, a record longer than the window, in any order', () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `Người ${i},"Nội dung số ${i} ${'đ'.repeat(i % 97)}"`,
    );
    rows[1500] = `Người dài,"${'ệ'.repeat(200_000)}"`;
    const bytes = Buffer.from(rows.join('\r\n'), 'utf8');
    const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-csv-')), 'so.csv');
    writeFileSync(file, bytes);
    const indexed = indexCsv(bytes, 0, ',');
    if (!indexed.ok) throw new Error(indexed.message);
    const fd = openSync(file, 'r');
    try {
      const onDisk = readFromFile(indexed.index, fd);
      const order = [...rows.keys(), ...[...rows.keys()].reverse(), 1500, 0, 2999, 1499, 1501];
      expect(order.map((p) => csvRecord(onDisk, p))).toEqual(order.map((p) => csvRecord(indexed.index, p)));
    } finally {
      closeSync(fd);
    }
  });
});
