import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from './csv-reader';

describe('detectSeparator', () => {
  it.each<[string, ',' | ';']>([
    ['ngay_tiep,ho_ten,noi_dung\n1;2;3;4', ','],
    ['ngay_tiep;ho_ten;noi_dung\n1,2,3,4', ';'],
    ['"Họ, tên";noi_dung\r\nx', ';'],
    ['"a;b;c",d\nx', ','],
    ['ho_ten', ','],
    ['\r\n\r\nngay_tiep;ho_ten\n1,5;x', ';'],
  ])('%j → %s', (text, expected) => {
    expect(detectSeparator(text)).toBe(expected);
  });
});

describe('parseCsv', () => {
  it('splits records on CRLF, LF and CR without an extra record for the final line break', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg,h\r\n', ',')).toEqual({
      ok: true,
      records: [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
        ['g', 'h'],
      ],
    });
  });

  it('reads quoted fields holding separators, doubled quotes and line breaks', () => {
    const text = 'ho_ten;noi_dung\r\n"Nguyễn; Văn An";"Dòng 1\r\nDòng ""2"""\r\n';
    expect(parseCsv(text, ';')).toEqual({
      ok: true,
      records: [
        ['ho_ten', 'noi_dung'],
        ['Nguyễn; Văn An', 'Dòng 1\r\nDòng "2"'],
      ],
    });
  });

  it('keeps empty fields, including a trailing one and an empty quoted one', () => {
    expect(parseCsv('a,,""\n,b,', ',')).toEqual({
      ok: true,
      records: [
        ['a', '', ''],
        ['', 'b', ''],
      ],
    });
  });

  it('keeps a quote that does not open the field as typed', () => {
    expect(parseCsv('cao 1m70 "gầy",x', ',')).toEqual({ ok: true, records: [['cao 1m70 "gầy"', 'x']] });
  });

  it('refuses a quote left open to the end of the file, naming the record where it opened', () => {
    expect(parseCsv('a,b\nc,"d\ne,f\n', ',')).toEqual({
      ok: false,
      message:
        'Dòng 2 mở dấu ngoặc kép (") nhưng không đóng lại đến hết tệp; hãy mở tệp bằng Excel, ' +
        'kiểm tra ô đó rồi lưu lại dưới dạng "CSV UTF-8".',
    });
  });

  it('gives no record for empty text', () => {
    expect(parseCsv('', ',')).toEqual({ ok: true, records: [] });
  });
});
