import { describe, expect, it } from 'vitest';
import {
  compareVietnameseNames,
  foldText,
  nameKey,
  normalizeToneMarks,
  splitVietnameseName,
} from './text-fold';

const nfd = (text: string): string => text.normalize('NFD');

describe('foldText', () => {
  it.each([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['nguyen van duc', 'nguyen van duc'],
    [nfd('Nguyễn Văn Đức'), 'nguyen van duc'],
    ['  Trần   Thị\tHoà  ', 'tran thi hoa'],
    ['Lê Thị Hòa', 'le thi hoa'],
    ['ĐẶNG ĐÌNH ĐÔNG', 'dang dinh dong'],
    ['đường Điện Biên Phủ', 'duong dien bien phu'],
    ['', ''],
  ])('folds %j to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('folds a typed name without marks to the same key as the full name', () => {
    expect(foldText('nguyen van duc')).toBe(foldText('Nguyễn Văn Đức'));
  });
});

describe('normalizeToneMarks', () => {
  it.each([
    // Bare oa/oe/uy: traditional placement on the first vowel, from either convention.
    ['hoà', 'hòa'],
    ['hòa', 'hòa'],
    ['thuý', 'thúy'],
    ['thúy', 'thúy'],
    ['khoẻ', 'khỏe'],
    ['khỏe', 'khỏe'],
    ['Hoà', 'Hòa'],
    ['HOÀ', 'HÒA'],
    ['THUÝ', 'THÚY'],
    ['tuỳ', 'tùy'],
    ['Thuỵ', 'Thụy'],
    ['uỷ ban', 'ủy ban'],
    ['xoè', 'xòe'],
    ['oà', 'òa'],
    ['Thanh Hoá', 'Thanh Hóa'],
    // With a final consonant or a third vowel the tone is on the second vowel; misplaced marks move there.
    ['hoàng', 'hoàng'],
    ['hòang', 'hoàng'],
    ['HÒANG', 'HOÀNG'],
    ['hoạch', 'hoạch'],
    ['huỳnh', 'huỳnh'],
    ['hùynh', 'huỳnh'],
    ['ngoài', 'ngoài'],
    ['ngòai', 'ngoài'],
    ['khuỷu', 'khuỷu'],
    ['ngoằn', 'ngoằn'],
    // A vowel with its own quality mark keeps the tone.
    ['tuyết', 'tuyết'],
    ['Nguyễn', 'Nguyễn'],
    ['quyền', 'quyền'],
    // After qu the u is consonantal: not the uy family.
    ['quỳnh', 'quỳnh'],
    ['Quỳnh', 'Quỳnh'],
    ['quý', 'quý'],
    ['quí', 'quí'],
    ['qua', 'qua'],
    ['quả', 'quả'],
    // Other words are left as typed.
    ['gia', 'gia'],
    ['già', 'già'],
    ['của', 'của'],
    ['mía', 'mía'],
    ['hoa', 'hoa'],
    ['huy', 'huy'],
    ['Đức', 'Đức'],
    ['Joaquín', 'Joaquín'],
    ['Noël', 'Noël'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeToneMarks(input)).toBe(expected);
  });

  it.each([
    ['hoà', 'hòa'],
    ['Thuý', 'Thúy'],
    ['KHOẺ', 'KHỎE'],
    ['Nguyễn Thị Quỳnh', 'Nguyễn Thị Quỳnh'],
    ['Ngọc Ánh', 'Ngọc Ánh'],
  ])('accepts NFD input %j and returns NFC %j', (input, expected) => {
    const result = normalizeToneMarks(nfd(input));
    expect(result).toBe(expected);
    expect(result).toBe(result.normalize('NFC'));
  });

  it('gives the same string for both conventions in a whole sentence and keeps the punctuation', () => {
    const oldStyle = 'Bà Nguyễn Thị Hoà (Khánh Hoà), sức khoẻ tốt; anh Lê Thuý - tuỳ ý.';
    const newStyle = 'Bà Nguyễn Thị Hòa (Khánh Hòa), sức khỏe tốt; anh Lê Thúy - tùy ý.';
    expect(normalizeToneMarks(oldStyle)).toBe(newStyle);
    expect(normalizeToneMarks(nfd(oldStyle))).toBe(newStyle);
  });

  it('is idempotent', () => {
    const text = 'Hoàng Thị Thuý Hoà, Quỳnh, khoẻ';
    expect(normalizeToneMarks(normalizeToneMarks(text))).toBe(normalizeToneMarks(text));
  });
});

describe('nameKey', () => {
  it.each([
    ['Nguyễn Thị Hoà', 'nguyễn thị hòa'],
    ['NGUYỄN THỊ HÒA', 'nguyễn thị hòa'],
    [nfd('Nguyễn Thị Hoà'), 'nguyễn thị hòa'],
    ['  Lê   Thuý\tQuỳnh ', 'lê thúy quỳnh'],
    ['Đặng Văn Khoẻ', 'đặng văn khỏe'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(nameKey(input)).toBe(expected);
  });

  it('keeps diacritics, so names that differ only by marks stay apart', () => {
    expect(nameKey('Trần Thị Hà')).not.toBe(nameKey('Trần Thị Hạ'));
    expect(nameKey('Đỗ Văn Dũng')).not.toBe(nameKey('Do Van Dung'));
  });
});

describe('splitVietnameseName', () => {
  it.each([
    ['Nguyễn Văn An', { family: 'Nguyễn', middle: 'Văn', given: 'An' }],
    ['Tôn Nữ Thị Ngọc Ánh', { family: 'Tôn', middle: 'Nữ Thị Ngọc', given: 'Ánh' }],
    ['  Lê   Hùng  ', { family: 'Lê', middle: '', given: 'Hùng' }],
    ['Trần\tThị  Hoà', { family: 'Trần', middle: 'Thị', given: 'Hoà' }],
    ['Mai', { family: '', middle: '', given: 'Mai' }],
    ['   ', { family: '', middle: '', given: '' }],
  ])('%j', (input, expected) => {
    expect(splitVietnameseName(input)).toEqual(expected);
  });
});

describe('compareVietnameseNames', () => {
  it('sorts by tên, then đệm, then họ, in Vietnamese alphabetical order', () => {
    const expected = [
      'Trần Thị An',
      'Nguyễn Văn An',
      'Phạm Thị Ánh',
      'Vũ Thị Ân',
      'Dương Văn Bình',
      'Đỗ Văn Bình',
      'Lê Văn Bình',
      'Nguyễn Văn Dũng',
      'Hoàng Văn Đức',
      '  Lê   Thị  Hoà ',
    ];
    const shuffled = [
      expected[7],
      expected[2],
      expected[9],
      expected[5],
      expected[0],
      expected[8],
      expected[3],
      expected[6],
      expected[1],
      expected[4],
    ] as string[];
    expect([...shuffled].sort(compareVietnameseNames)).toEqual(expected);
  });

  it.each([
    ['Lê Thị Hoà', 'Lê Thị Hòa'],
    ['Lê Thị Hòa', nfd('Lê Thị Hòa')],
    ['Lê  Thị Hòa', 'Lê Thị Hòa'],
  ])('treats %j and %j as equal', (a, b) => {
    expect(compareVietnameseNames(a, b)).toBe(0);
  });

  it.each([
    ['Nguyễn Văn Dũng', 'Nguyễn Văn Đức'],
    ['Trần An', 'Trần Ăn'],
    ['Trần Ăn', 'Trần Ân'],
    ['Trần Văn Hoa', 'Trần Văn Hòa'],
    ['Hoàng Văn Ánh', 'Bùi Văn Bình'],
  ])('puts %j before %j', (first, second) => {
    expect(compareVietnameseNames(first, second)).toBeLessThan(0);
    expect(compareVietnameseNames(second, first)).toBeGreaterThan(0);
  });
});
