import { describe, expect, it } from 'vitest';
import { findEncodingProblem, findTableEncodingProblem } from './legacy-encoding';

describe('findEncodingProblem', () => {
  it('accepts Vietnamese in Unicode, NFC or NFD, in any case', () => {
    const cells = [
      'Nguyễn Văn An',
      'Khiếu nại quyết định thu hồi đất'.normalize('NFD'),
      'THÔN 1, XÃ PHÚ HỮU, THÀNH PHỐ CẦN THƠ',
      'Hoà, thuý, khoẻ, Quỳnh, Đắk Lắk',
    ];
    expect(findEncodingProblem(cells)).toBeNull();
  });

  it('accepts a few foreign letters and symbols among Vietnamese text', () => {
    expect(
      findEncodingProblem(['Ông Müller', 'Nhiệt độ 30°C', '© Sở Tư pháp', 'Đường Nguyễn Trãi']),
    ).toBeNull();
  });

  it('recognises TCVN3 (ABC) text read as Latin-1', () => {
    const cells = ['NguyÔn V¨n An', 'ThÞ trÊn §«ng Anh, Hµ Néi', 'KhiÕu n¹i ®Êt ®ai'];
    expect(findEncodingProblem(cells)).toEqual({ kind: 'legacy', example: 'NguyÔn' });
  });

  it('recognises VNI text read as Latin-1', () => {
    const cells = ['Nguyeãn Vaên Hoaøng', 'Thò traán Ñoâng Anh, Haø Noäi', 'khieáu naïi ñaát ñai'];
    expect(findEncodingProblem(cells)).toEqual({ kind: 'legacy', example: 'Nguyeãn' });
  });

  it('counts replacement characters left by a wrong decoding', () => {
    expect(findEncodingProblem(['Nguy\ufffd\ufffdn V\ufffdn An'])).toEqual({ kind: 'replacement', count: 3 });
    expect(findEncodingProblem(['Nguy\ufffdn Văn An'])).toBeNull();
  });
});

describe('findTableEncodingProblem', () => {
  const unicodeRow = { cells: ['Nguyễn Văn An', 'Khiếu nại đất đai'] };
  const rows = (count: number, row: (index: number) => { cells: string[] }) =>
    Array.from({ length: count }, (_, index) => row(index));

  it('recognises a large file typed in TCVN3 from its sample of rows', () => {
    const table = rows(20_000, () => ({ cells: ['NguyÔn V¨n An', 'KhiÕu n¹i ®Êt ®ai'] }));
    expect(findTableEncodingProblem(table.length, (i) => table[i]!)).toEqual({
      kind: 'legacy',
      example: 'NguyÔn',
    });
  });

  it('counts replacement characters in every row, sampled or not', () => {
    const damaged = new Set([5_001, 10_003, 15_007]);
    const table = rows(20_000, (index) => (damaged.has(index) ? { cells: ['Nguy\ufffdn'] } : unicodeRow));
    expect(findTableEncodingProblem(table.length, (i) => table[i]!)).toEqual({
      kind: 'replacement',
      count: 3,
    });
  });

  it('accepts a large Unicode file', () => {
    expect(findTableEncodingProblem(20_000, () => unicodeRow)).toBeNull();
  });
});
