/**
 * Checks an identity-document number against its type, and decodes what a 12-digit CCCD number says
 * about its holder (DOMAIN §6). Errors block saving; warnings only ask the officer to look again, since the
 * person in front of them and the card are the truth, not the data typed earlier.
 */
import { PERSONAL_ID_TYPES, type Gender, type IdType } from './classification';
import { birthProvinceName } from './province-codes';

/** One finding. `code` is stable (the UI and tests key on it); `message` is Vietnamese for the officer. */
export interface IdIssue {
  code: string;
  message: string;
}

/** What a CCCD number encodes. */
export interface DecodedCccd {
  provinceCode: string;
  provinceName: string | null;
  gender: Gender;
  birthYear: number;
}

/**
 * Result of checkIdNumber. Error codes: `missing`, `malformed`, `unexpected_number`. Warning codes:
 * `unknown_province`, `sex_mismatch`, `birth_year_mismatch`, `birth_year_future`.
 */
export interface IdCheck {
  errors: IdIssue[];
  warnings: IdIssue[];
  decoded: DecodedCccd | null;
}

export interface IdCheckInput {
  idType: IdType;
  idNumber: string | null;
  birthYear: number | null;
  gender: Gender | null;
  /** The year "future" is measured against; defaults to the current year. Tests pin it. */
  currentYear?: number;
}

const TWELVE_DIGITS = /^\d{12}$/;

/** "Số CCCD" → "số CCCD": a noun inside a sentence, acronyms kept. */
function inSentence(noun: string): string {
  return noun.charAt(0).toLowerCase() + noun.slice(1);
}

function twelveDigits(noun: string, paper: string): IdFormat {
  return {
    pattern: TWELVE_DIGITS,
    noun,
    malformed: `${noun} phải gồm đúng 12 chữ số; hãy kiểm tra lại.`,
    missing: `Chưa nhập ${inSentence(noun)}; hãy nhập số in trên ${paper} hoặc chọn loại giấy tờ khác.`,
  };
}

interface IdFormat {
  pattern: RegExp;
  /** "Số CCCD", "Số căn cước" …: how warnings name the number. */
  noun: string;
  malformed: string;
  missing: string;
}

const FORMATS: Record<Exclude<IdType, 'khong_co'>, IdFormat> = {
  cccd: twelveDigits('Số CCCD', 'thẻ'),
  so_can_cuoc: twelveDigits('Số căn cước', 'thẻ căn cước'),
  so_dinh_danh: twelveDigits('Số định danh cá nhân', 'giấy tờ hoặc ứng dụng VNeID'),
  // The giấy chứng nhận căn cước of a person of Vietnamese origin whose nationality is not determined
  // carries that person's số định danh (Luật Căn cước 2023): 12 digits. Its structure is not the
  // province/century/year code of DOMAIN §6 (the holder may be born abroad), so it is not decoded.
  gcn_can_cuoc: twelveDigits('Số giấy chứng nhận căn cước', 'giấy chứng nhận căn cước'),
  cmnd: {
    pattern: /^(\d{9}|\d{12})$/,
    noun: 'Số CMND',
    malformed: 'Số CMND phải gồm 9 hoặc 12 chữ số; hãy kiểm tra lại.',
    missing: 'Chưa nhập số CMND; hãy nhập số in trên giấy hoặc chọn loại giấy tờ khác.',
  },
  ho_chieu: {
    pattern: /^[A-Z]{1,2}\d{6,8}$/,
    noun: 'Số hộ chiếu',
    malformed: 'Số hộ chiếu phải gồm 1–2 chữ cái rồi 6–8 chữ số (ví dụ B1234567); hãy kiểm tra lại.',
    missing: 'Chưa nhập số hộ chiếu; hãy nhập số in trên hộ chiếu hoặc chọn loại giấy tờ khác.',
  },
};

const UNEXPECTED_NUMBER =
  'Đã chọn "Không có giấy tờ" nhưng lại nhập số giấy tờ; hãy chọn đúng loại giấy tờ hoặc xóa số đã nhập.';

const GENDER_WORDS: Record<Gender, string> = { nam: 'nam', nu: 'nữ' };

/**
 * The number as it should be stored: trimmed, without the spaces and dots people type to group digits,
 * letters in upper case (passport numbers are case-insensitive).
 */
export function normalizeIdNumber(idNumber: string | null): string {
  return (idNumber ?? '').replace(/[\s.]/g, '').toUpperCase();
}

/**
 * Decodes a 12-digit CCCD number: 3-digit province code, a century/sex digit (0/1 → 1900s, 2/3 → 2000s …
 * 8/9 → 2300s; even = nam, odd = nữ), then the last two digits of the birth year. Null if not 12 digits.
 */
export function decodeCccd(idNumber: string): DecodedCccd | null {
  if (!/^\d{12}$/.test(idNumber)) return null;
  const provinceCode = idNumber.slice(0, 3);
  const centuryDigit = Number(idNumber[3]);
  const birthYear = 1900 + Math.floor(centuryDigit / 2) * 100 + Number(idNumber.slice(4, 6));
  return {
    provinceCode,
    provinceName: birthProvinceName(provinceCode),
    gender: centuryDigit % 2 === 0 ? 'nam' : 'nu',
    birthYear,
  };
}

/** Format check for any ID type; errors only. */
function formatErrors(idType: IdType, idNumber: string): IdIssue[] {
  if (idType === 'khong_co') {
    return idNumber === '' ? [] : [{ code: 'unexpected_number', message: UNEXPECTED_NUMBER }];
  }
  const format = FORMATS[idType];
  if (idNumber === '') return [{ code: 'missing', message: format.missing }];
  return format.pattern.test(idNumber) ? [] : [{ code: 'malformed', message: format.malformed }];
}

/** Where the decoded CCCD disagrees with what was typed, or with itself. */
function decodedWarnings(decoded: DecodedCccd, input: IdCheckInput, noun: string): IdIssue[] {
  const warnings: IdIssue[] = [];
  const confirm = 'hãy kiểm tra lại hoặc xác nhận để lưu.';
  if (decoded.provinceName === null) {
    warnings.push({
      code: 'unknown_province',
      message: `Mã tỉnh ${decoded.provinceCode} ở đầu ${inSentence(noun)} không có trong danh sách nơi đăng ký khai sinh; ${confirm}`,
    });
  }
  if (input.gender !== null && input.gender !== decoded.gender) {
    warnings.push({
      code: 'sex_mismatch',
      message: `${noun} cho biết giới tính ${GENDER_WORDS[decoded.gender]}, khác giới tính đã chọn ${GENDER_WORDS[input.gender]}; ${confirm}`,
    });
  }
  if (input.birthYear !== null && input.birthYear !== decoded.birthYear) {
    warnings.push({
      code: 'birth_year_mismatch',
      message: `${noun} cho biết năm sinh ${decoded.birthYear}, khác năm sinh đã nhập ${input.birthYear}; ${confirm}`,
    });
  }
  const currentYear = input.currentYear ?? new Date().getFullYear();
  if (decoded.birthYear > currentYear) {
    warnings.push({
      code: 'birth_year_future',
      message: `${noun} cho biết năm sinh ${decoded.birthYear}, sau năm hiện tại ${currentYear}; hãy kiểm tra chữ số thứ 4 đến thứ 6 của ${inSentence(noun)}.`,
    });
  }
  return warnings;
}

/**
 * Checks the number against its ID type after trimming and removing spaces and dots. Only the 12-digit
 * personal ID (CCCD, số căn cước, số định danh cá nhân) is decoded and compared with the birth year and
 * gender typed; a malformed number gives no warnings.
 */
export function checkIdNumber(input: IdCheckInput): IdCheck {
  const idNumber = normalizeIdNumber(input.idNumber);
  const errors = formatErrors(input.idType, idNumber);
  const decoded = isPersonalIdType(input.idType) && errors.length === 0 ? decodeCccd(idNumber) : null;
  if (decoded === null || input.idType === 'khong_co') return { errors, warnings: [], decoded };
  return { errors, warnings: decodedWarnings(decoded, input, FORMATS[input.idType].noun), decoded };
}

/** CCCD, số căn cước and số định danh cá nhân: the same 12-digit number, checked and decoded alike. */
export function isPersonalIdType(idType: IdType | null): boolean {
  return (PERSONAL_ID_TYPES as readonly (IdType | null)[]).includes(idType);
}
