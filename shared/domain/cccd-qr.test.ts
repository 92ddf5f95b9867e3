import { describe, expect, it } from 'vitest';
import { cardDate, looksLikeCardPayload, parseCccdQr, type CardData } from './cccd-qr';

const OLD_ADDRESS = 'Ấp 3, Xã Phú Hữu, Huyện Châu Thành, Tỉnh Hậu Giang';
const NEW_ADDRESS = '123 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh';

function card(overrides: Partial<CardData>): CardData {
  return {
    idNumber: '093185001234',
    oldIdNumber: '363456789',
    fullName: 'Nguyễn Thị Hồng Nhung',
    isNameAscii: false,
    birthDate: '1985-03-07',
    birthYear: 1985,
    gender: 'nu',
    address: OLD_ADDRESS,
    issuedOn: '2021-08-10',
    ...overrides,
  };
}

describe('parseCccdQr reads real-shaped payloads', () => {
  it.each<[string, string, CardData]>([
    [
      '7 fields, old number, address in pre-2025 units',
      `093185001234|363456789|Nguyễn Thị Hồng Nhung|07031985|Nữ|${OLD_ADDRESS}|10082021`,
      card({}),
    ],
    [
      '7 fields, empty old number',
      `093185001234||Nguyễn Thị Hồng Nhung|07031985|Nữ|${OLD_ADDRESS}|10082021`,
      card({ oldIdNumber: null }),
    ],
    [
      '6 fields (newer card without the old number), address in current units',
      `079090004321|Trần Văn Đức|15111990|Nam|${NEW_ADDRESS}|01072025`,
      card({
        idNumber: '079090004321',
        oldIdNumber: null,
        fullName: 'Trần Văn Đức',
        birthDate: '1990-11-15',
        birthYear: 1990,
        gender: 'nam',
        address: NEW_ADDRESS,
        issuedOn: '2025-07-01',
      }),
    ],
    [
      'extra spaces around and inside fields, trailing newline',
      `  093185001234 | 363456789 |Nguyễn  Thị   Hồng Nhung | 07031985 | Nữ |  Ấp 3,  Xã Phú Hữu, Huyện Châu Thành, Tỉnh Hậu Giang | 10082021 \r\n`,
      card({}),
    ],
    [
      'ASCII-only name from a scanner that cannot type diacritics',
      '093185001234|363456789|Nguyen Thi Hong Nhung|07031985|Nu|Ap 3, Xa Phu Huu, Huyen Chau Thanh, Tinh Hau Giang|10082021',
      card({
        fullName: 'Nguyen Thi Hong Nhung',
        isNameAscii: true,
        address: 'Ap 3, Xa Phu Huu, Huyen Chau Thanh, Tinh Hau Giang',
      }),
    ],
    [
      'name in NFD (decomposed) becomes NFC',
      `093185001234|363456789|${'Nguyễn Thị Hồng Nhung'.normalize('NFD')}|07031985|Nữ|${OLD_ADDRESS}|10082021`,
      card({}),
    ],
    [
      '12-digit old CMND and a trailing empty field',
      `093185001234|363185009999|Nguyễn Thị Hồng Nhung|07031985|NỮ|${OLD_ADDRESS}|10082021|`,
      card({ oldIdNumber: '363185009999' }),
    ],
  ])('%s', (_name, payload, expected) => {
    expect(parseCccdQr(payload)).toEqual({ ok: true, card: expected });
  });
});

describe('parseCccdQr refuses malformed payloads with a clear message and no data', () => {
  const tail = 'hãy quét lại thẻ hoặc nhập tay.';
  it.each<[string, string, string]>([
    [
      'a URL',
      'https://example.vn/abc',
      'Mã QR không phải của thẻ căn cước (cần 6 hoặc 7 trường ngăn cách bởi dấu |)',
    ],
    [
      'too few fields',
      '093185001234|363456789|Nguyễn Văn A',
      'Mã QR không phải của thẻ căn cước (cần 6 hoặc 7 trường ngăn cách bởi dấu |)',
    ],
    [
      'short ID number',
      `09318500123|363456789|Nguyễn Văn A|07031985|Nam|${OLD_ADDRESS}|10082021`,
      'Số định danh "09318500123" không đủ 12 chữ số',
    ],
    [
      'bad old number',
      `093185001234|36345|Nguyễn Văn A|07031985|Nam|${OLD_ADDRESS}|10082021`,
      'Số CMND cũ "36345" phải gồm 9 hoặc 12 chữ số',
    ],
    [
      'no name',
      `093185001234|363456789||07031985|Nam|${OLD_ADDRESS}|10082021`,
      'Họ và tên trên mã QR không đọc được',
    ],
    [
      'impossible birth date',
      `093185001234|363456789|Nguyễn Văn A|31021985|Nam|${OLD_ADDRESS}|10082021`,
      'Ngày sinh "31021985" không phải ngày có thật (ddmmyyyy)',
    ],
    [
      'unknown gender',
      `093185001234|363456789|Nguyễn Văn A|07031985|X|${OLD_ADDRESS}|10082021`,
      'Giới tính "X" không phải Nam hoặc Nữ',
    ],
    [
      'garbled issue date',
      `093185001234|363456789|Nguyễn Văn A|07031985|Nam|${OLD_ADDRESS}|1008202`,
      'Ngày cấp "1008202" không phải ngày có thật (ddmmyyyy)',
    ],
  ])('%s', (_name, payload, message) => {
    expect(parseCccdQr(payload)).toEqual({ ok: false, message: `${message}; ${tail}` });
  });
});

describe('helpers', () => {
  it('cardDate accepts only real days', () => {
    expect([cardDate('29022024'), cardDate('29022023'), cardDate('0101200')]).toEqual([
      '2024-02-29',
      null,
      null,
    ]);
  });

  it('looksLikeCardPayload needs a number first and five pipes', () => {
    expect([
      looksLikeCardPayload(`093185001234||A|07031985|Nam|x|10082021`),
      looksLikeCardPayload('079090004321|A|15111990|Nam|x|01072025'),
      looksLikeCardPayload('a|b|c|d|e|f|g'),
      looksLikeCardPayload('093185001234|x'),
    ]).toEqual([true, true, false, false]);
  });
});
