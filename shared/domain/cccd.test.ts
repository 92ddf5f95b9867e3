import { describe, expect, it } from 'vitest';
import type { Gender, IdType } from './classification';
import { checkIdNumber, decodeCccd, normalizeIdNumber, type IdCheck, type IdCheckInput } from './cccd';
import { BIRTH_PROVINCE_CODES, birthProvinceName } from './province-codes';

const CURRENT_YEAR = 2025;

function check(
  idType: IdType,
  idNumber: string | null,
  birthYear: number | null = null,
  gender: Gender | null = null,
): IdCheck {
  const input: IdCheckInput = { idType, idNumber, birthYear, gender, currentYear: CURRENT_YEAR };
  return checkIdNumber(input);
}

const codes = (issues: { code: string }[]): string[] => issues.map((issue) => issue.code);

describe('checkIdNumber: valid CCCD numbers decode', () => {
  it.each([
    ['001085012345', 1985, 'nam', '001', 'Hà Nội'],
    ['079190000123', 1990, 'nu', '079', 'TP Hồ Chí Minh'],
    ['036205001234', 2005, 'nam', '036', 'Nam Định'],
    ['048310001234', 2010, 'nu', '048', 'Đà Nẵng'],
    ['096000999999', 1900, 'nam', '096', 'Cà Mau'],
    ['038199000001', 1999, 'nu', '038', 'Thanh Hóa'],
  ] as const)('%s → %i, %s, %s %s', (idNumber, birthYear, gender, provinceCode, provinceName) => {
    expect(check('cccd', idNumber, birthYear, gender)).toEqual({
      errors: [],
      warnings: [],
      decoded: { provinceCode, provinceName, gender, birthYear },
    });
  });

  it.each([
    [' 001085012345 ', '001085012345'],
    ['001 085 012 345', '001085012345'],
    ['001.085.012.345', '001085012345'],
    ['\t001 085.012345\n', '001085012345'],
  ])('accepts %j after removing spaces and dots', (idNumber, cleaned) => {
    const result = check('cccd', idNumber, 1985, 'nam');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.decoded?.birthYear).toBe(1985);
    expect(normalizeIdNumber(idNumber)).toBe(cleaned);
  });

  it('decodes without warnings when birth year and gender are not known', () => {
    const result = check('cccd', '001085012345', null, null);
    expect(result.warnings).toEqual([]);
    expect(result.decoded).toEqual({
      provinceCode: '001',
      provinceName: 'Hà Nội',
      gender: 'nam',
      birthYear: 1985,
    });
  });
});

describe('decodeCccd: century and sex digit', () => {
  it.each([
    ['0', 1985, 'nam'],
    ['1', 1985, 'nu'],
    ['2', 2085, 'nam'],
    ['3', 2085, 'nu'],
    ['4', 2185, 'nam'],
    ['5', 2185, 'nu'],
    ['6', 2285, 'nam'],
    ['7', 2285, 'nu'],
    ['8', 2385, 'nam'],
    ['9', 2385, 'nu'],
  ])('digit %s → %i %s', (digit, birthYear, gender) => {
    expect(decodeCccd(`001${digit}85012345`)).toMatchObject({ birthYear, gender });
  });

  it.each(['', '00108501234', '00108501234A'])('returns null for %j', (idNumber) => {
    expect(decodeCccd(idNumber)).toBeNull();
  });
});

describe('checkIdNumber: CCCD warnings, one at a time', () => {
  it.each([
    ['unknown_province', '003085012345', 1985, 'nam', 'Mã tỉnh 003'],
    ['unknown_province', '097085012345', 1985, 'nam', 'Mã tỉnh 097'],
    ['sex_mismatch', '001085012345', 1985, 'nu', 'giới tính nam, khác giới tính đã chọn nữ'],
    ['sex_mismatch', '001185012345', 1985, 'nam', 'giới tính nữ, khác giới tính đã chọn nam'],
    ['birth_year_mismatch', '001085012345', 1958, 'nam', 'năm sinh 1985, khác năm sinh đã nhập 1958'],
    ['birth_year_mismatch', '001205012345', 1905, 'nam', 'năm sinh 2005, khác năm sinh đã nhập 1905'],
    ['birth_year_future', '001230012345', null, 'nam', 'năm sinh 2030, sau năm hiện tại 2025'],
    ['birth_year_future', '001400012345', null, 'nam', 'năm sinh 2100, sau năm hiện tại 2025'],
  ] as const)('%s for %s', (code, idNumber, birthYear, gender, fragment) => {
    const result = check('cccd', idNumber, birthYear, gender);
    expect(result.errors).toEqual([]);
    expect(codes(result.warnings)).toEqual([code]);
    expect(result.warnings[0]?.message).toContain(fragment);
    expect(result.decoded).not.toBeNull();
  });

  it('words the birth-year warning as the officer reads it', () => {
    expect(check('cccd', '001085012345', 1958, 'nam').warnings).toEqual([
      {
        code: 'birth_year_mismatch',
        message:
          'Số CCCD cho biết năm sinh 1985, khác năm sinh đã nhập 1958; hãy kiểm tra lại hoặc xác nhận để lưu.',
      },
    ]);
  });

  it('reports an unknown province with a null name but still decodes the rest', () => {
    expect(check('cccd', '003085012345').decoded).toEqual({
      provinceCode: '003',
      provinceName: null,
      gender: 'nam',
      birthYear: 1985,
    });
  });

  it('reports every disagreement together', () => {
    const result = check('cccd', '003331012345', 1990, 'nam');
    expect(codes(result.warnings)).toEqual([
      'unknown_province',
      'sex_mismatch',
      'birth_year_mismatch',
      'birth_year_future',
    ]);
  });

  it('uses the real current year when none is given', () => {
    const nextYear = new Date().getFullYear() + 1;
    const idNumber = `001${nextYear >= 2100 ? '4' : '2'}${String(nextYear % 100).padStart(2, '0')}012345`;
    const result = checkIdNumber({ idType: 'cccd', idNumber, birthYear: null, gender: null });
    expect(codes(result.warnings)).toEqual(['birth_year_future']);
  });

  it('does not warn for a birth year equal to the current year', () => {
    expect(check('cccd', '001225012345').warnings).toEqual([]);
  });
});

describe('checkIdNumber: errors', () => {
  it.each([
    ['cccd', '00108501234', 'malformed', 'Số CCCD phải gồm đúng 12 chữ số; hãy kiểm tra lại.'],
    ['cccd', '0010850123456', 'malformed', 'Số CCCD phải gồm đúng 12 chữ số; hãy kiểm tra lại.'],
    ['cccd', '00108501234A', 'malformed', 'Số CCCD phải gồm đúng 12 chữ số; hãy kiểm tra lại.'],
    ['cccd', '001-085-012-345', 'malformed', 'Số CCCD phải gồm đúng 12 chữ số; hãy kiểm tra lại.'],
    ['cccd', '', 'missing', 'Chưa nhập số CCCD'],
    ['cccd', '   ', 'missing', 'Chưa nhập số CCCD'],
    ['cccd', null, 'missing', 'Chưa nhập số CCCD'],
    ['cmnd', '12345678', 'malformed', 'Số CMND phải gồm 9 hoặc 12 chữ số'],
    ['cmnd', '1234567890', 'malformed', 'Số CMND phải gồm 9 hoặc 12 chữ số'],
    ['cmnd', '12345678A', 'malformed', 'Số CMND phải gồm 9 hoặc 12 chữ số'],
    ['cmnd', null, 'missing', 'Chưa nhập số CMND'],
    ['ho_chieu', 'ABC123456', 'malformed', 'Số hộ chiếu phải gồm 1–2 chữ cái rồi 6–8 chữ số'],
    ['ho_chieu', 'B12345', 'malformed', 'Số hộ chiếu phải gồm 1–2 chữ cái rồi 6–8 chữ số'],
    ['ho_chieu', 'B123456789', 'malformed', 'Số hộ chiếu phải gồm 1–2 chữ cái rồi 6–8 chữ số'],
    ['ho_chieu', '123456789', 'malformed', 'Số hộ chiếu phải gồm 1–2 chữ cái rồi 6–8 chữ số'],
    ['ho_chieu', '1234567B', 'malformed', 'Số hộ chiếu phải gồm 1–2 chữ cái rồi 6–8 chữ số'],
    ['ho_chieu', '', 'missing', 'Chưa nhập số hộ chiếu'],
    ['khong_co', '001085012345', 'unexpected_number', 'Đã chọn "Không có giấy tờ" nhưng lại nhập số giấy tờ'],
    ['khong_co', 'B1234567', 'unexpected_number', 'Đã chọn "Không có giấy tờ" nhưng lại nhập số giấy tờ'],
  ] as const)('%s %j → %s', (idType, idNumber, code, fragment) => {
    const result = check(idType, idNumber, 1985, 'nam');
    expect(codes(result.errors)).toEqual([code]);
    expect(result.errors[0]?.message).toContain(fragment);
    expect(result.errors[0]?.message).toMatch(/; hãy .+\.$/);
    expect(result.warnings).toEqual([]);
    expect(result.decoded).toBeNull();
  });
});

describe('checkIdNumber: other ID types pass without decoding', () => {
  it.each([
    ['cmnd', '123456789'],
    ['cmnd', '123 456 789'],
    ['cmnd', '001085012345'],
    ['ho_chieu', 'B1234567'],
    ['ho_chieu', 'b1234567'],
    ['ho_chieu', 'AB123456'],
    ['ho_chieu', 'c12345678'],
    ['ho_chieu', 'N1234567'],
    ['khong_co', null],
    ['khong_co', ''],
    ['khong_co', '  '],
  ] as const)('%s %j', (idType, idNumber) => {
    // A CMND or passport does not encode the holder, so a mismatching year and gender are not checked.
    expect(check(idType, idNumber, 1958, 'nu')).toEqual({ errors: [], warnings: [], decoded: null });
  });

  it('stores passport numbers in upper case', () => {
    expect(normalizeIdNumber(' b 123.4567 ')).toBe('B1234567');
    expect(normalizeIdNumber(null)).toBe('');
  });
});

describe('province codes', () => {
  it('lists the 63 provinces of DOMAIN §6 with 3-digit codes', () => {
    const entries = Object.entries(BIRTH_PROVINCE_CODES);
    expect(entries).toHaveLength(63);
    expect(entries.every(([code]) => /^\d{3}$/.test(code))).toBe(true);
    expect(new Set(Object.values(BIRTH_PROVINCE_CODES)).size).toBe(63);
  });

  it.each([
    ['001', 'Hà Nội'],
    ['046', 'Thừa Thiên Huế'],
    ['079', 'TP Hồ Chí Minh'],
    ['096', 'Cà Mau'],
    ['003', null],
    ['000', null],
    ['constructor', null],
  ])('%s → %j', (code, name) => {
    expect(birthProvinceName(code)).toBe(name);
  });
});

describe('checkIdNumber: the papers of Luật 136/2025', () => {
  it.each(['so_can_cuoc', 'so_dinh_danh'] as const)(
    '%s is the 12-digit personal ID, decoded like a CCCD',
    (idType) => {
      expect(check(idType, '079 190 000 123', 1990, 'nu')).toEqual({
        errors: [],
        warnings: [],
        decoded: { provinceCode: '079', provinceName: 'TP Hồ Chí Minh', gender: 'nu', birthYear: 1990 },
      });
    },
  );

  it.each([
    [
      'so_can_cuoc',
      'Số căn cước cho biết năm sinh 1985, khác năm sinh đã nhập 1986; hãy kiểm tra lại hoặc xác nhận để lưu.',
    ],
    [
      'so_dinh_danh',
      'Số định danh cá nhân cho biết năm sinh 1985, khác năm sinh đã nhập 1986; hãy kiểm tra lại hoặc xác nhận để lưu.',
    ],
  ] as const)(
    '%s warns in its own words when the number disagrees with the birth year',
    (idType, message) => {
      expect(check(idType, '001085012345', 1986, 'nam').warnings).toEqual([
        { code: 'birth_year_mismatch', message },
      ]);
    },
  );

  it.each([
    ['so_can_cuoc', '00108501234', 'malformed', 'Số căn cước phải gồm đúng 12 chữ số; hãy kiểm tra lại.'],
    [
      'so_can_cuoc',
      '',
      'missing',
      'Chưa nhập số căn cước; hãy nhập số in trên thẻ căn cước hoặc chọn loại giấy tờ khác.',
    ],
    [
      'so_dinh_danh',
      '0010850123456',
      'malformed',
      'Số định danh cá nhân phải gồm đúng 12 chữ số; hãy kiểm tra lại.',
    ],
    [
      'so_dinh_danh',
      null,
      'missing',
      'Chưa nhập số định danh cá nhân; hãy nhập số in trên giấy tờ hoặc ứng dụng VNeID hoặc chọn loại giấy tờ khác.',
    ],
    [
      'gcn_can_cuoc',
      'B1234567',
      'malformed',
      'Số giấy chứng nhận căn cước phải gồm đúng 12 chữ số; hãy kiểm tra lại.',
    ],
    [
      'gcn_can_cuoc',
      '',
      'missing',
      'Chưa nhập số giấy chứng nhận căn cước; hãy nhập số in trên giấy chứng nhận căn cước hoặc chọn loại giấy tờ khác.',
    ],
  ] as const)('%s %j → %s', (idType, idNumber, code, message) => {
    expect(check(idType, idNumber, 1985, 'nam')).toEqual({
      errors: [{ code, message }],
      warnings: [],
      decoded: null,
    });
  });

  it('checks a giấy chứng nhận căn cước number for 12 digits without decoding it', () => {
    expect(check('gcn_can_cuoc', '999 185 000 123', 1970, 'nam')).toEqual({
      errors: [],
      warnings: [],
      decoded: null,
    });
  });

  it('keeps the CCCD wording for CCCD numbers', () => {
    expect(check('cccd', '003085012345').warnings[0]?.message).toBe(
      'Mã tỉnh 003 ở đầu số CCCD không có trong danh sách nơi đăng ký khai sinh; hãy kiểm tra lại hoặc xác nhận để lưu.',
    );
  });
});
