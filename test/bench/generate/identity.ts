/**
 * Identity facts of a generated citizen: sex, birth year, CCCD consistent with DOMAIN §6 (birth province
 * code, century/sex digit, two-digit year, six random digits), old 9-digit CMND numbers, phone numbers.
 */
import type { Gender, IdType } from '../../../shared/domain/classification';
import { BIRTH_PROVINCE_CODES } from '../../../shared/domain/province-codes';
import { Weighted, type Rng } from './prng';

/** The 63 birth-registration codes (pre-2025 provinces). */
export const BIRTH_CODES: readonly string[] = Object.keys(BIRTH_PROVINCE_CODES);

/**
 * Birth years 1940–2006. Citizens at a reception desk are mostly middle-aged or older: a weight that
 * peaks around 1960–1975 and falls off towards both ends.
 */
const BIRTH_YEARS = new Weighted(
  Array.from({ length: 2006 - 1940 + 1 }, (_, index) => {
    const year = 1940 + index;
    const weight = Math.exp(-Math.pow((year - 1968) / 16, 2)) + 0.08;
    return [year, weight] as const;
  }),
);

export function drawBirthYear(rng: Rng): number {
  return BIRTH_YEARS.pick(rng);
}

/** Men come to the desk somewhat more often than women. */
export function drawGender(rng: Rng): Gender {
  return rng.chance(0.56) ? 'nam' : 'nu';
}

/** 12 digits: province of birth, century/sex digit (1900s 0/1, 2000s 2/3), yy, six random digits. */
export function cccdNumber(rng: Rng, birthCode: string, gender: Gender, birthYear: number): string {
  const century = Math.floor((birthYear - 1900) / 100);
  const sexDigit = century * 2 + (gender === 'nu' ? 1 : 0);
  return `${birthCode}${sexDigit}${String(birthYear % 100).padStart(2, '0')}${rng.digits(6)}`;
}

/** Old CMND: 9 digits, the first two a former issuing-area prefix (01–38), then seven random digits. */
export function cmndNumber(rng: Rng): string {
  return `${String(rng.int(1, 38)).padStart(2, '0')}${rng.digits(7)}`;
}

/** A passport number: one capital letter then seven digits (B1234567, C…, N…). */
export function passportNumber(rng: Rng): string {
  return `${rng.pick(['B', 'C', 'N', 'K'])}${rng.digits(7)}`;
}

/** Mobile prefixes of the Vietnamese carriers (10-digit numbers since 2018). */
const MOBILE_PREFIXES = [
  '086',
  '096',
  '097',
  '098',
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '088',
  '091',
  '094',
  '081',
  '082',
  '083',
  '084',
  '085',
  '089',
  '090',
  '093',
  '070',
  '076',
  '077',
  '078',
  '079',
  '092',
  '056',
  '058',
];

export function phoneNumber(rng: Rng): string {
  return `${rng.pick(MOBILE_PREFIXES)}${rng.digits(7)}`;
}

/** Which papers a citizen shows: mostly a CCCD, some only an old CMND, a few a passport or nothing. */
export type Papers = 'cccd' | 'cccd_and_cmnd' | 'cmnd' | 'ho_chieu' | 'khong_co' | 'unknown';

const PAPERS = new Weighted<Papers>([
  ['cccd', 56],
  ['cccd_and_cmnd', 28],
  ['cmnd', 8],
  ['ho_chieu', 0.4],
  ['khong_co', 3.2],
  ['unknown', 4.4],
]);

export interface IdentityNumbers {
  idType: IdType | null;
  idNumber: string | null;
  oldIdNumber: string | null;
}

/** The ID fields as the register stores them; `isTaken` keeps numbers unique across the data set. */
export function drawIdentity(
  rng: Rng,
  facts: { birthCode: string; gender: Gender; birthYear: number },
  isTaken: (idNumber: string) => boolean,
): IdentityNumbers {
  const papers = PAPERS.pick(rng);
  const unique = (draw: () => string): string => {
    let value = draw();
    while (isTaken(value)) value = draw();
    return value;
  };
  const cccd = () => unique(() => cccdNumber(rng, facts.birthCode, facts.gender, facts.birthYear));
  switch (papers) {
    case 'cccd':
      return { idType: 'cccd', idNumber: cccd(), oldIdNumber: null };
    case 'cccd_and_cmnd':
      return { idType: 'cccd', idNumber: cccd(), oldIdNumber: unique(() => cmndNumber(rng)) };
    case 'cmnd':
      return { idType: 'cmnd', idNumber: unique(() => cmndNumber(rng)), oldIdNumber: null };
    case 'ho_chieu':
      return { idType: 'ho_chieu', idNumber: unique(() => passportNumber(rng)), oldIdNumber: null };
    case 'khong_co':
      return { idType: 'khong_co', idNumber: null, oldIdNumber: null };
    case 'unknown':
      return { idType: null, idNumber: null, oldIdNumber: null };
  }
}
