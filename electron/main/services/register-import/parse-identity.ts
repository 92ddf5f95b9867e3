/**
 * The identity-document cells of a row: type and number, checked with the shared CCCD rules. Excel drops
 * the leading zeros of an ID typed as a number (001085012345 → 1085012345), so short all-digit CCCD and
 * CMND numbers are padded back, with a warning the officer can check against the paper register.
 */
import { checkIdNumber, normalizeIdNumber } from '../../../../shared/domain/cccd';
import type { Gender } from '../../../../shared/domain/classification';
import type { ImportIdType } from './types';
import { ID_TYPE_LIST, matchValue } from './value-lists';

/** The cells and context the check needs; captions name the columns in messages. */
export interface IdentityInput {
  typeText: string;
  numberText: string;
  typeCaption: string;
  numberCaption: string;
  gender: Gender | null;
  birthYear: number | null;
  currentYear: number;
}

/** Type and number to store, with findings on the type column and on the number column. */
export interface IdentityResult {
  idType: ImportIdType | null;
  idNumber: string | null;
  issues: { on: 'type' | 'number'; message: string; severity: 'error' | 'warning' }[];
}

/** Lengths Excel may have shortened each all-digit type to, and the length to pad back to. */
const TWELVE = { lengths: [10, 11], full: 12 };
const PADDABLE: Partial<Record<ImportIdType, { lengths: number[]; full: number }>> = {
  cccd: TWELVE,
  so_can_cuoc: TWELVE,
  so_dinh_danh: TWELVE,
  gcn_can_cuoc: TWELVE,
  cmnd: { lengths: [8], full: 9 },
};

/** The type a number's shape implies when the type column is blank (10–11 digits: a shortened CCCD). */
function inferIdType(idNumber: string): ImportIdType | null {
  if (/^\d{12}$/.test(idNumber) || /^[1-9]\d{9,10}$/.test(idNumber)) return 'cccd';
  if (/^\d{9}$/.test(idNumber)) return 'cmnd';
  if (/^[A-Z]{1,2}\d{6,8}$/.test(idNumber)) return 'ho_chieu';
  return null;
}

function padded(idType: ImportIdType, idNumber: string): string | null {
  const rule = PADDABLE[idType];
  // A number that went through Excel as a number cannot start with 0; one that does was typed short.
  if (rule === undefined || !/^[1-9]\d*$/.test(idNumber) || !rule.lengths.includes(idNumber.length))
    return null;
  return idNumber.padStart(rule.full, '0');
}

/**
 * Reads the ID type (code or label; blank → inferred from the number) and the number (through
 * normalizeIdNumber; a leading apostrophe, Excel's text marker, is dropped). A type without a number is
 * dropped too, since old registers often pre-fill the type. A malformed number is an error; what
 * checkIdNumber merely doubts (province, sex, birth year) becomes a warning.
 */
export function parseIdentity(input: IdentityInput): IdentityResult {
  const issues: IdentityResult['issues'] = [];
  const typed = input.typeText === '' ? null : matchValue(ID_TYPE_LIST, input.typeText);
  if (input.typeText !== '' && typed === null) {
    const message =
      `Cột "${input.typeCaption}": "${input.typeText}" không phải ${ID_TYPE_LIST.name} hợp lệ; ` +
      `hãy ghi một trong: ${ID_TYPE_LIST.hint}.`;
    return { idType: null, idNumber: null, issues: [{ on: 'type', message, severity: 'error' }] };
  }
  const raw = normalizeIdNumber(input.numberText.replace(/^'/, ''));
  if (raw === '') return { idType: null, idNumber: null, issues };
  const idType = typed ?? inferIdType(raw);
  // Messages are built only when there is something to say: this runs for every row of a register.
  const prefix = (): string => `Cột "${input.numberCaption}": số "${raw}"`;
  if (idType === null) {
    const message =
      `${prefix()} không giống số CCCD (12 chữ số), CMND (9 chữ số) hay hộ chiếu; hãy kiểm tra lại, ` +
      `hoặc ghi loại giấy tờ ở cột "${input.typeCaption}".`;
    return { idType: null, idNumber: null, issues: [{ on: 'number', message, severity: 'error' }] };
  }
  const restored = idType === 'khong_co' ? null : padded(idType, raw);
  if (restored !== null) {
    const message =
      `${prefix()} chỉ có ${raw.length} chữ số, có lẽ Excel đã bỏ các số 0 ở đầu; đã sửa thành ` +
      `"${restored}". Hãy đối chiếu với sổ gốc; lần sau hãy định dạng cột này là Văn bản (Text).`;
    issues.push({ on: 'number', message, severity: 'warning' });
  }
  const idNumber = restored ?? raw;
  const { gender, birthYear, currentYear } = input;
  const check = checkIdNumber({ idType, idNumber, gender, birthYear, currentYear });
  const about = (): string => `Cột "${input.numberCaption}" (số "${idNumber}"):`;
  for (const issue of check.errors)
    issues.push({ on: 'number', message: `${about()} ${issue.message}`, severity: 'error' });
  for (const issue of check.warnings) {
    issues.push({ on: 'number', message: `${about()} ${issue.message}`, severity: 'warning' });
  }
  if (idType === 'khong_co' || check.errors.length > 0) return { idType: null, idNumber: null, issues };
  return { idType, idNumber, issues };
}
