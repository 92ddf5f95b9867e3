import { describe, expect, it } from 'vitest';
import { parseAddressLine } from './index';

type Parts = [detail: string | null, ward: string | null, district: string | null, province: string | null];
type Resolved = [
  matchedAs: 'new' | 'old' | null,
  province: string,
  commune: string | null,
  confidence: string,
];

function parse(line: string): { parts: Parts; resolved: Resolved[] } {
  const r = parseAddressLine(line);
  return {
    parts: [r.detail, r.ward, r.district, r.province],
    resolved: r.candidates.map((c) => [
      r.matchedAs,
      c.newProvince.code,
      c.newCommune?.code ?? null,
      c.confidence,
    ]),
  };
}

describe('parseAddressLine', () => {
  it.each<[string, Parts, Resolved[]]>([
    [
      'Ấp 3, xã Phú Hữu, huyện Châu Thành, tỉnh Hậu Giang',
      ['Ấp 3', 'xã Phú Hữu', 'huyện Châu Thành', 'tỉnh Hậu Giang'],
      [['old', '92', '31378', 'exact']],
    ],
    [
      'Ap 3, xa Phu Huu, huyen Chau Thanh, tinh Hau Giang',
      ['Ap 3', 'xa Phu Huu', 'huyen Chau Thanh', 'tinh Hau Giang'],
      [['old', '92', '31378', 'exact']],
    ],
    [
      '123 Lê Lợi, phường Bến Thành, TP Hồ Chí Minh',
      ['123 Lê Lợi', 'phường Bến Thành', null, 'TP Hồ Chí Minh'],
      [['new', '79', '26743', 'exact']],
    ],
    [
      '01 Lê Duẩn, P. Bến Nghé, Q.1, TP.HCM',
      ['01 Lê Duẩn', 'P. Bến Nghé', 'Q.1', 'TP.HCM'],
      [['old', '79', '26740', 'exact']],
    ],
    [
      'So 12 ngo 34 pho Hue, P. Pham Dinh Ho, Q. Hai Ba Trung, TP. Ha Noi',
      ['So 12 ngo 34 pho Hue', 'P. Pham Dinh Ho', 'Q. Hai Ba Trung', 'TP. Ha Noi'],
      [['old', '01', '00256', 'exact']],
    ],
    [
      'Khóm 2, Phường 5, TP Sóc Trăng, Sóc Trăng, Việt Nam',
      ['Khóm 2', 'Phường 5', 'TP Sóc Trăng', 'Sóc Trăng'],
      [['old', '92', '31507', 'exact']],
    ],
    [
      'Tổ 3, TT. Ngã Sáu, H. Châu Thành, T. Hậu Giang',
      ['Tổ 3', 'TT. Ngã Sáu', 'H. Châu Thành', 'T. Hậu Giang'],
      [['old', '92', '31366', 'exact']],
    ],
    [
      'xóm 3, X. Kỳ Ninh, TX. Kỳ Anh, T. Hà Tĩnh',
      ['xóm 3', 'X. Kỳ Ninh', 'TX. Kỳ Anh', 'T. Hà Tĩnh'],
      [['old', '42', '18781', 'exact']],
    ],
    [
      'Thôn 5, Đặc khu Phú Quốc, An Giang',
      ['Thôn 5', 'Đặc khu Phú Quốc', null, 'An Giang'],
      [['new', '91', '31078', 'exact']],
    ],
    [
      'Số 7 Hùng Vương, Phường Lâm Viên - Đà Lạt, Lâm Đồng',
      ['Số 7 Hùng Vương', 'Phường Lâm Viên - Đà Lạt', null, 'Lâm Đồng'],
      [['new', '68', '24778', 'exact']],
    ],
    [
      'Xóm 1, Xã Kim Sơn, Gia Lâm, Hà Nội',
      ['Xóm 1', 'Xã Kim Sơn', 'Gia Lâm', 'Hà Nội'],
      [['old', '01', '00562', 'exact']],
    ],
  ])('reads %j', (line, parts, resolved) => {
    expect(parse(line)).toEqual({ parts, resolved });
  });

  it('reads a line typed without commas, from its unit words', () => {
    expect(parse('thôn 2 Xã Phú Hữu Huyện Nhơn Trạch Tỉnh Đồng Nai')).toEqual({
      parts: ['thôn 2', 'Xã Phú Hữu', 'Huyện Nhơn Trạch', 'Tỉnh Đồng Nai'],
      resolved: [['old', '75', '26491', 'exact']],
    });
  });

  it('reads NFD input like NFC', () => {
    const line = 'Ấp 3, xã Phú Hữu, huyện Châu Thành, tỉnh Hậu Giang';
    expect(parse(line.normalize('NFD'))).toEqual(parse(line));
  });

  it('takes the current units first, unless a district or thị trấn marks the line as old', () => {
    expect(parse('Xã Yên Bình, tỉnh Lào Cai').resolved).toEqual([['new', '15', '04714', 'exact']]);
    expect(parse('Xã Yên Bình, huyện Yên Bình, tỉnh Yên Bái').resolved).toEqual([
      ['old', '15', '04717', 'exact'],
    ]);
    expect(parse('Xã Mường Tè, Lai Châu').resolved).toEqual([['new', '12', '03445', 'exact']]);
    expect(parse('Thị trấn Mường Tè, Lai Châu').resolved).toEqual([['old', '12', '03433', 'exact']]);
    // No new Phú Hữu in Đồng Nai: the old ward's successor.
    expect(parse('Ấp 1, Xã Phú Hữu, Đồng Nai').resolved).toEqual([['old', '75', '26491', 'exact']]);
  });

  it('tells an unprefixed old district from a ward by what follows it', () => {
    expect(parse('45 Nguyễn Trãi, Bình Thạnh, TP.HCM')).toEqual({
      parts: ['45 Nguyễn Trãi', null, 'Bình Thạnh', 'TP.HCM'],
      resolved: [['new', '79', null, 'province_only']],
    });
    expect(parse('Bình Thạnh, TP.HCM').parts).toEqual([null, 'Bình Thạnh', null, 'TP.HCM']);
  });

  it('offers both communes when names differ only by diacritics that were not typed', () => {
    expect(parse('thon Dong, xa Van Lang, Thai Nguyen').resolved).toEqual([
      ['new', '19', '02143', 'ambiguous'],
      ['new', '19', '05665', 'ambiguous'],
    ]);
    expect(parse('Thôn Đông, xã Văn Lăng, tỉnh Thái Nguyên').resolved).toEqual([
      ['new', '19', '05665', 'exact'],
    ]);
  });

  it('keeps the whole line as detail when no province is recognised', () => {
    expect(parse('Số 1, Đường ABC')).toEqual({ parts: ['Số 1, Đường ABC', null, null, null], resolved: [] });
    expect(parse('')).toEqual({ parts: [null, null, null, null], resolved: [] });
  });
});
