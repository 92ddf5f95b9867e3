import { describe, expect, it } from 'vitest';
import { mapOldAddress, type AddressCandidate, type OldAddressInput } from './index';

/** [new province code, new commune code or null, confidence] for compact expectations. */
const brief = (candidates: AddressCandidate[]) =>
  candidates.map((c) => [c.newProvince.code, c.newCommune?.code ?? null, c.confidence]);

describe('mapOldAddress', () => {
  it('maps an old Hậu Giang ward to Cần Thơ, with or without diacritics and unit words', () => {
    const expected = [
      {
        newProvince: { code: '92', name: 'Thành phố Cần Thơ' },
        newCommune: { code: '31378', name: 'Xã Phú Hữu', provinceCode: '92' },
        confidence: 'exact',
      },
    ];
    expect(
      mapOldAddress({ province: 'Hậu Giang', district: 'Huyện Châu Thành', ward: 'Xã Phú Hữu' }),
    ).toEqual(expected);
    expect(mapOldAddress({ province: 'tinh hau giang', district: 'chau thanh', ward: 'phu huu' })).toEqual(
      expected,
    );
  });

  it('maps an old Sóc Trăng province alone to Cần Thơ', () => {
    expect(brief(mapOldAddress({ province: 'Tỉnh Sóc Trăng' }))).toEqual([['92', null, 'province_only']]);
    expect(brief(mapOldAddress({ province: 'Soc Trang', district: 'TP Sóc Trăng' }))).toEqual([
      ['92', null, 'province_only'],
    ]);
  });

  it('returns no candidates for an unknown or empty province', () => {
    expect(mapOldAddress({ province: 'Tỉnh Atlantis', ward: 'Xã Phú Hữu' })).toEqual([]);
    expect(mapOldAddress({ province: '' })).toEqual([]);
  });

  it('lists every commune a ward name could mean when no district tells them apart', () => {
    expect(brief(mapOldAddress({ province: 'Sóc Trăng', ward: 'Phường 1' }))).toEqual([
      ['92', '31732', 'ambiguous'],
      ['92', '31510', 'ambiguous'],
      ['92', '31783', 'ambiguous'],
    ]);
    expect(brief(mapOldAddress({ province: 'Sóc Trăng', district: 'TP Sóc Trăng', ward: 'P.1' }))).toEqual([
      ['92', '31510', 'exact'],
    ]);
  });

  it('tells a thị trấn from the xã of the same name', () => {
    const at = (ward: string) => brief(mapOldAddress({ province: 'Yên Bái', district: 'Yên Bình', ward }));
    expect(at('Thị trấn Yên Bình')).toEqual([['15', '04714', 'exact']]);
    expect(at('TT. Yên Bình')).toEqual([['15', '04714', 'exact']]);
    expect(at('Xã Yên Bình')).toEqual([['15', '04717', 'exact']]);
    expect(at('Yên Bình')).toEqual([
      ['15', '04714', 'ambiguous'],
      ['15', '04717', 'ambiguous'],
    ]);
  });

  it.each<[string, OldAddressInput, string, string]>([
    [
      'numbered ward, abbreviations',
      { province: 'TP.HCM', district: 'Q. Gò Vấp', ward: 'P.12' },
      '79',
      '26882',
    ],
    [
      'Thừa Thiên Huế, now Thành phố Huế',
      { province: 'Thừa Thiên Huế', ward: 'Phường An Cựu' },
      '46',
      '19815',
    ],
    [
      'old tone placement (Hoà)',
      { province: 'Tỉnh Hòa Bình', district: 'TP Hoà Bình', ward: 'P. Hữu Nghị' },
      '25',
      '04795',
    ],
    [
      'Đồng Nai ward whose name moved',
      { province: 'Đồng Nai', district: 'Nhơn Trạch', ward: 'Phú Hữu' },
      '75',
      '26491',
    ],
    // The package's new_ward_code points to other provinces for these; the names are right.
    [
      'code pointing to Thanh Hóa',
      { province: 'Hà Tĩnh', district: 'TX Kỳ Anh', ward: 'Kỳ Ninh' },
      '42',
      '18781',
    ],
    [
      'code pointing to Lâm Đồng',
      { province: 'Hà Nội', district: 'Gia Lâm', ward: 'Xã Kim Sơn' },
      '01',
      '00562',
    ],
    [
      'code pointing to Cần Thơ',
      { province: 'Tp HCM', district: 'Bình Thạnh', ward: 'Phường 24' },
      '79',
      '26929',
    ],
  ])('maps %s', (_label, input, provinceCode, communeCode) => {
    expect(brief(mapOldAddress(input))).toEqual([[provinceCode, communeCode, 'exact']]);
  });

  it('ignores a district it cannot find rather than losing the ward', () => {
    expect(
      brief(mapOldAddress({ province: 'Hậu Giang', district: 'Huyện Không Có', ward: 'Xã Phú Hữu' })),
    ).toEqual([['92', '31378', 'exact']]);
  });

  it('falls back to the province when the ward is unknown', () => {
    expect(brief(mapOldAddress({ province: 'Hậu Giang', ward: 'Xã Không Có' }))).toEqual([
      ['92', null, 'province_only'],
    ]);
  });
});
