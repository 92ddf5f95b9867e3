/**
 * Reads the text a CCCD / thẻ căn cước QR code decodes to:
 * `số định danh|số CMND cũ|họ và tên|ngày sinh ddmmyyyy|giới tính|nơi thường trú|ngày cấp ddmmyyyy`.
 * The old CMND number may be empty; newer cards leave it out altogether (6 fields). Scanners in keyboard
 * mode often send only ASCII, so a name without any diacritic is flagged for the officer to check.
 */
import type { Gender } from './classification';
import { foldText } from './text-fold';

/** What one card says, ready for the intake form. Dates are yyyy-mm-dd. */
export interface CardData {
  idNumber: string;
  /** The old 9- or 12-digit CMND number, kept as a second identifier; null when the card has none. */
  oldIdNumber: string | null;
  fullName: string;
  /** True when the name carries no diacritic at all: the scanner probably stripped them. */
  isNameAscii: boolean;
  birthDate: string;
  birthYear: number;
  gender: Gender;
  /** Nơi thường trú as printed: pre-2025 units on older cards, current ones on newer cards. */
  address: string;
  issuedOn: string;
}

export type CardParse = { ok: true; card: CardData } | { ok: false; message: string };

const RESCAN = 'hãy quét lại thẻ hoặc nhập tay.';

function fail(message: string): CardParse {
  return { ok: false, message: `${message}; ${RESCAN}` };
}

/** Trimmed, NFC, inner runs of spaces collapsed to one. */
function clean(field: string): string {
  return field.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** ddmmyyyy → yyyy-mm-dd, or null if it is not a real calendar day. */
export function cardDate(text: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  if (!match) return null;
  const [, dd, mm, yyyy] = match as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)));
  const isReal =
    date.getUTCFullYear() === Number(yyyy) &&
    date.getUTCMonth() === Number(mm) - 1 &&
    date.getUTCDate() === Number(dd);
  return isReal ? `${yyyy}-${mm}-${dd}` : null;
}

function cardGender(text: string): Gender | null {
  const folded = foldText(text);
  if (folded === 'nam') return 'nam';
  if (folded === 'nu') return 'nu';
  return null;
}

/** The fields in the 7-field order; a 6-field card has no old-number field. */
function splitFields(payload: string): string[] | null {
  const fields = payload
    .replace(/[\r\n]+$/, '')
    .split('|')
    .map(clean);
  while (fields.length > 7 && fields[fields.length - 1] === '') fields.pop();
  if (fields.length === 7) return fields;
  if (fields.length === 6) return [fields[0]!, '', ...fields.slice(1)];
  return null;
}

/** True when the text has the shape of a card payload (a number, then at least five `|`). */
export function looksLikeCardPayload(text: string): boolean {
  return /^\s*\d{9,12}\s*\|/.test(text) && text.split('|').length >= 6;
}

/**
 * Parses a decoded QR payload. Any doubt (wrong field count, a number, date or gender that cannot be
 * right) gives a Vietnamese message and no data at all, so nothing is filled wrongly.
 */
export function parseCccdQr(payload: string): CardParse {
  const fields = splitFields(payload);
  if (fields === null) {
    return fail('Mã QR không phải của thẻ căn cước (cần 6 hoặc 7 trường ngăn cách bởi dấu |)');
  }
  const [idNumber, oldNumber, fullName, birth, genderText, address, issued] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!/^\d{12}$/.test(idNumber)) return fail(`Số định danh "${idNumber}" không đủ 12 chữ số`);
  if (oldNumber !== '' && !/^(\d{9}|\d{12})$/.test(oldNumber)) {
    return fail(`Số CMND cũ "${oldNumber}" phải gồm 9 hoặc 12 chữ số`);
  }
  if (fullName === '' || /\d/.test(fullName)) return fail('Họ và tên trên mã QR không đọc được');
  const birthDate = cardDate(birth);
  if (birthDate === null) return fail(`Ngày sinh "${birth}" không phải ngày có thật (ddmmyyyy)`);
  const gender = cardGender(genderText);
  if (gender === null) return fail(`Giới tính "${genderText}" không phải Nam hoặc Nữ`);
  const issuedOn = cardDate(issued);
  if (issuedOn === null) return fail(`Ngày cấp "${issued}" không phải ngày có thật (ddmmyyyy)`);
  return {
    ok: true,
    card: {
      idNumber,
      oldIdNumber: oldNumber === '' ? null : oldNumber,
      fullName,
      isNameAscii: !/[^\x20-\x7e]/.test(fullName),
      birthDate,
      birthYear: Number(birthDate.slice(0, 4)),
      gender,
      address,
      issuedOn,
    },
  };
}
