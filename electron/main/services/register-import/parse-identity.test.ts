import { describe, expect, it } from 'vitest';
import { parseIdentity, type IdentityInput, type IdentityResult } from './parse-identity';

const base: IdentityInput = {
  typeText: '',
  numberText: '',
  typeCaption: 'loai_giay_to',
  numberCaption: 'so_giay_to',
  gender: null,
  birthYear: null,
  currentYear: 2024,
};

function parse(input: Partial<IdentityInput>): IdentityResult {
  return parseIdentity({ ...base, ...input });
}

describe('parseIdentity: values', () => {
  it.each<[Partial<IdentityInput>, string | null, string | null]>([
    [{}, null, null],
    [{ typeText: 'CCCD' }, null, null],
    [{ typeText: 'CCCD', numberText: '001085012345' }, 'cccd', '001085012345'],
    [{ typeText: 'Căn cước công dân', numberText: '001 085 012 345' }, 'cccd', '001085012345'],
    [{ typeText: 'can cuoc', numberText: '001.085.012.345' }, 'cccd', '001085012345'],
    [{ numberText: "'001085012345" }, 'cccd', '001085012345'],
    [{ typeText: 'cmnd', numberText: '012345678' }, 'cmnd', '012345678'],
    [{ typeText: 'Chứng minh nhân dân', numberText: '012345678901' }, 'cmnd', '012345678901'],
    [{ numberText: '012345678' }, 'cmnd', '012345678'],
    [{ typeText: 'Hộ chiếu', numberText: 'b1234567' }, 'ho_chieu', 'B1234567'],
    [{ typeText: 'HO_CHIEU', numberText: 'C12345678' }, 'ho_chieu', 'C12345678'],
    [{ numberText: 'N1234567' }, 'ho_chieu', 'N1234567'],
    [{ typeText: 'Không có giấy tờ' }, null, null],
  ])('%j → %s %s', (input, idType, idNumber) => {
    const result = parse(input);
    expect(result.issues).toEqual([]);
    expect([result.idType, result.idNumber]).toEqual([idType, idNumber]);
  });
});

describe('parseIdentity: numbers Excel shortened', () => {
  it('pads a 10-digit CCCD back to 12 digits, with a warning', () => {
    expect(parse({ typeText: 'CCCD', numberText: '1085012345' })).toEqual({
      idType: 'cccd',
      idNumber: '001085012345',
      issues: [
        {
          on: 'number',
          severity: 'warning',
          message:
            'Cột "so_giay_to": số "1085012345" chỉ có 10 chữ số, có lẽ Excel đã bỏ các số 0 ở đầu; đã sửa thành ' +
            '"001085012345". Hãy đối chiếu với sổ gốc; lần sau hãy định dạng cột này là Văn bản (Text).',
        },
      ],
    });
  });

  it('takes an 11-digit number without a type for a shortened CCCD', () => {
    const result = parse({ numberText: '79090000003' });
    expect([result.idType, result.idNumber]).toEqual(['cccd', '079090000003']);
    expect(result.issues.map((issue) => issue.severity)).toEqual(['warning']);
  });

  it('pads an 8-digit CMND back to 9 digits only when the type says CMND', () => {
    const result = parse({ typeText: 'CMND', numberText: '12345678' });
    expect([result.idType, result.idNumber]).toEqual(['cmnd', '012345678']);
    expect(result.issues[0]?.message).toContain('đã sửa thành "012345678"');
  });
});

describe('parseIdentity: problems', () => {
  it.each<[Partial<IdentityInput>, IdentityResult['issues']]>([
    [
      { typeText: 'bằng lái', numberText: '123' },
      [
        {
          on: 'type',
          severity: 'error',
          message:
            'Cột "loai_giay_to": "bằng lái" không phải loại giấy tờ hợp lệ; hãy ghi một trong: CCCD, số căn cước, ' +
            'số định danh cá nhân, giấy chứng nhận căn cước, hộ chiếu, CMND, không có.',
        },
      ],
    ],
    [
      { typeText: 'CCCD', numberText: '00108501234X' },
      [
        {
          on: 'number',
          severity: 'error',
          message: 'Cột "so_giay_to" (số "00108501234X"): Số CCCD phải gồm đúng 12 chữ số; hãy kiểm tra lại.',
        },
      ],
    ],
    [
      { typeText: 'CMND', numberText: '1234567' },
      [
        {
          on: 'number',
          severity: 'error',
          message: 'Cột "so_giay_to" (số "1234567"): Số CMND phải gồm 9 hoặc 12 chữ số; hãy kiểm tra lại.',
        },
      ],
    ],
    [
      { numberText: '12345' },
      [
        {
          on: 'number',
          severity: 'error',
          message:
            'Cột "so_giay_to": số "12345" không giống số CCCD (12 chữ số), CMND (9 chữ số) hay hộ chiếu; hãy kiểm tra ' +
            'lại, hoặc ghi loại giấy tờ ở cột "loai_giay_to".',
        },
      ],
    ],
    [
      { typeText: 'không có', numberText: '001085012345' },
      [
        {
          on: 'number',
          severity: 'error',
          message:
            'Cột "so_giay_to" (số "001085012345"): Đã chọn "Không có giấy tờ" nhưng lại nhập số giấy tờ; hãy chọn ' +
            'đúng loại giấy tờ hoặc xóa số đã nhập.',
        },
      ],
    ],
  ])('%j', (input, issues) => {
    expect(parse(input)).toEqual({ idType: null, idNumber: null, issues });
  });

  it('turns what checkIdNumber doubts into warnings and keeps the number', () => {
    const result = parse({ typeText: 'CCCD', numberText: '001085012345', gender: 'nu', birthYear: 1986 });
    expect([result.idType, result.idNumber]).toEqual(['cccd', '001085012345']);
    expect(result.issues).toEqual([
      {
        on: 'number',
        severity: 'warning',
        message:
          'Cột "so_giay_to" (số "001085012345"): Số CCCD cho biết giới tính nam, khác giới tính đã chọn nữ; hãy ' +
          'kiểm tra lại hoặc xác nhận để lưu.',
      },
      {
        on: 'number',
        severity: 'warning',
        message:
          'Cột "so_giay_to" (số "001085012345"): Số CCCD cho biết năm sinh 1985, khác năm sinh đã nhập 1986; hãy ' +
          'kiểm tra lại hoặc xác nhận để lưu.',
      },
    ]);
  });
});

describe('parseIdentity: the papers of Luật 136/2025', () => {
  it.each<[string, string, string]>([
    ['Số căn cước', 'so_can_cuoc', '079190000123'],
    ['so can cuoc', 'so_can_cuoc', '079190000123'],
    ['SO_CAN_CUOC', 'so_can_cuoc', '079190000123'],
    ['Số định danh cá nhân', 'so_dinh_danh', '079190000123'],
    ['so dinh danh ca nhan', 'so_dinh_danh', '079190000123'],
    ['Mã định danh', 'so_dinh_danh', '079190000123'],
    ['so_dinh_danh', 'so_dinh_danh', '079190000123'],
    ['Giấy chứng nhận căn cước', 'gcn_can_cuoc', '079190000123'],
    ['giay chung nhan can cuoc', 'gcn_can_cuoc', '079190000123'],
    ['GCN căn cước', 'gcn_can_cuoc', '079190000123'],
    ['gcn_can_cuoc', 'gcn_can_cuoc', '079190000123'],
    ['Thẻ căn cước', 'cccd', '079190000123'],
  ])('%j → %s', (typeText, idType, idNumber) => {
    const result = parse({ typeText, numberText: '079 190 000 123', gender: 'nu', birthYear: 1990 });
    expect(result).toEqual({ idType, idNumber, issues: [] });
  });

  it('checks a số định danh cá nhân against the birth year like a CCCD (a warning)', () => {
    expect(parse({ typeText: 'Số định danh cá nhân', numberText: '001085012345', birthYear: 1986 })).toEqual({
      idType: 'so_dinh_danh',
      idNumber: '001085012345',
      issues: [
        {
          on: 'number',
          severity: 'warning',
          message:
            'Cột "so_giay_to" (số "001085012345"): Số định danh cá nhân cho biết năm sinh 1985, khác năm sinh đã ' +
            'nhập 1986; hãy kiểm tra lại hoặc xác nhận để lưu.',
        },
      ],
    });
  });

  it('pads a giấy chứng nhận căn cước number Excel shortened, and refuses one that is not 12 digits', () => {
    const shortened = parse({ typeText: 'Giấy chứng nhận căn cước', numberText: '1185000123' });
    expect([shortened.idType, shortened.idNumber]).toEqual(['gcn_can_cuoc', '001185000123']);
    expect(shortened.issues.map((issue) => issue.severity)).toEqual(['warning']);
    expect(parse({ typeText: 'GCN căn cước', numberText: 'B1234567' })).toEqual({
      idType: null,
      idNumber: null,
      issues: [
        {
          on: 'number',
          severity: 'error',
          message:
            'Cột "so_giay_to" (số "B1234567"): Số giấy chứng nhận căn cước phải gồm đúng 12 chữ số; hãy kiểm tra lại.',
        },
      ],
    });
  });
});
