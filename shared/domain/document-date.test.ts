import { describe, expect, it } from 'vitest';
import { documentDate, documentDateTime, placeDateLine, twoDigits } from './document-date';

describe('document dates (NĐ 30/2020)', () => {
  it.each([
    ['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
    ['2026-03-15', 'ngày 15 tháng 3 năm 2026'],
    ['2026-12-01T08:00:00+07:00', 'ngày 01 tháng 12 năm 2026'],
    ['2026-01-31', 'ngày 31 tháng 01 năm 2026'],
  ])('%s → %s', (input, expected) => expect(documentDate(input)).toBe(expected));

  it('writes the place-and-date line, dotted without a place', () => {
    expect(placeDateLine('Hà Nội', '2026-03-09')).toBe('Hà Nội, ngày 09 tháng 3 năm 2026');
    expect(placeDateLine('  ', '2026-03-09')).toBe('……………, ngày 09 tháng 3 năm 2026');
  });

  it('writes the receipt time', () => {
    expect(documentDateTime('2026-03-09T14:05:00+07:00')).toBe('14 giờ 05 phút, ngày 09 tháng 3 năm 2026');
  });

  it('pads copy counts', () => {
    expect(twoDigits(2)).toBe('02');
    expect(twoDigits(12)).toBe('12');
  });
});
