import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-reader';
import { CsvIndexer, csvRecord } from './csv-index';
import { indexCsv } from './test-support';

function recordsViaIndex(text: string, separator: ',' | ';'): string[][] | string {
  const indexed = indexCsv(Buffer.from(text, 'utf8'), 0, separator);
  if (!indexed.ok) return indexed.message;
  return Array.from(indexed.index.starts, (_, position) => csvRecord(indexed.index, position));
}

function recordsViaText(text: string, separator: ',' | ';'): string[][] | string {
  const parsed = parseCsv(text, separator);
  return parsed.ok ? parsed.records : parsed.message;
}

describe('indexCsv', () => {
  it('finds records across CRLF, LF, CR, quoted line breaks and Vietnamese text', () => {
    const text =
      'Họ tên,Nội dung\r\n"Trần Thị Bé","dòng 1\ndòng 2"\nNguyễn Văn Đức,"nói ""khó"""\rLê A,x\r\n';
    expect(recordsViaIndex(text, ',')).toEqual([
      ['Họ tên', 'Nội dung'],
      ['Trần Thị Bé', 'dòng 1\ndòng 2'],
      ['Nguyễn Văn Đức', 'nói "khó"'],
      ['Lê A', 'x'],
    ]);
  });

  it('names the record where an unclosed quote opened, as parseCsv does', () => {
    expect(recordsViaIndex('a,b\nc,"d\ne,f\n', ',')).toEqual(recordsViaText('a,b\nc,"d\ne,f\n', ','));
  });

  it('reads every text exactly as parseCsv reads it', () => {
    const alphabet = fc.constantFrom('a', 'đ', 'ệ', ',', ';', '"', '\r', '\n', ' ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.constantFrom(',', ';'), (chars, separator) => {
        const text = chars.join('');
        const expected = recordsViaText(text, separator);
        const actual = recordsViaIndex(text, separator);
        // A last record that is only `""` parses to nothing in parseCsv and to one blank cell here; blank
        // rows are dropped by the reader either way.
        if (Array.isArray(expected) && Array.isArray(actual) && actual.length === expected.length + 1)
          expect(actual.at(-1)).toEqual(['']);
        else expect(actual).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same records whatever size the chunks are fed in, BOM skipped', () => {
    const alphabet = fc.constantFrom('a', 'đ', ',', '"', '\r', '\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (chars, size) => {
        const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chars.join(''), 'utf8')]);
        const whole = indexCsv(bytes, 3, ',');
        const chunked = new CsvIndexer(3, ',');
        for (let offset = 0; offset < bytes.length; offset += size) {
          chunked.push(bytes.subarray(offset, offset + size), offset);
        }
        const result = chunked.finish(bytes.length, () => '');
        if (whole.ok && result.ok)
          expect(Array.from(result.index.starts)).toEqual(Array.from(whole.index.starts));
        else expect(result).toEqual(whole);
      }),
      { numRuns: 3000 },
    );
  });

  it('splits a CRLF and a doubled quote that fall across two chunks', () => {
    const bytes = Buffer.from('a,"x""y"\r\nb,c\r\n', 'utf8');
    const indexer = new CsvIndexer(0, ',');
    indexer.push(bytes.subarray(0, 4), 0);
    indexer.push(bytes.subarray(4, 9), 4);
    indexer.push(bytes.subarray(9), 9);
    const result = indexer.finish(bytes.length, (start, end) => bytes.toString('utf8', start, end));
    if (!result.ok) throw new Error(result.message);
    expect(Array.from(result.index.starts)).toEqual([0, 10]);
    expect(csvRecord(result.index, 0)).toEqual(['a', 'x"y']);
  });
});
