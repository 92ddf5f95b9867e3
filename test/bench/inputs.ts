/**
 * Realistic inputs for the services, drawn from the generated data: returning citizens as they are on
 * file (with the case they come back about), and new citizens drawn like the generated ones.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../electron/main/db/schema';
import { loadAddressBook } from '../../electron/main/services/address';
import type { PersonInput } from '../../shared/contract/persons';
import { BIRTH_PROVINCE_CODES } from '../../shared/domain/province-codes';
import { BIRTH_CODES, cccdNumber, drawBirthYear, drawGender, phoneNumber } from './generate/identity';
import { drawFullName } from './generate/names';
import { drawAddressLine, type Place } from './generate/places';
import type { Rng } from './generate/prng';

/** A person on file, with one case they were received about. */
export interface OnFile {
  person: PersonInput;
  personId: number;
  caseId: number;
  caseSummary: string;
  communeName: string;
}

/** The person of a random visit, as the intake form would prefill them, and that visit's case. */
export async function sampleOnFile(db: Kysely<DB>, rng: Rng, maxVisitId: number): Promise<OnFile> {
  const row = await db
    .selectFrom('visits')
    .innerJoin('persons', 'persons.id', 'visits.person_id')
    .innerJoin('cases', 'cases.id', 'visits.case_id')
    .select([
      'persons.id as person_id',
      'persons.full_name',
      'persons.gender',
      'persons.birth_year',
      'persons.id_type',
      'persons.id_number',
      'persons.phone',
      'persons.province_code',
      'persons.commune_code',
      'persons.address_line',
      'cases.id as case_id',
      'cases.summary',
    ])
    .where('visits.id', '=', rng.int(1, maxVisitId))
    .executeTakeFirstOrThrow();
  return {
    person: {
      fullName: row.full_name,
      gender: row.gender,
      birthYear: row.birth_year,
      oldIdNumber: null,
      idType: row.id_type,
      idNumber: row.id_number,
      phone: row.phone,
      provinceCode: row.province_code,
      communeCode: row.commune_code,
      address: row.address_line,
    },
    personId: row.person_id,
    caseId: row.case_id,
    caseSummary: row.summary,
    communeName: loadAddressBook().commune(row.commune_code ?? '')?.name ?? '',
  };
}

/** The commune a template person lives in, as the generator's Place. */
function placeOf(provinceCode: string, communeCode: string): Place {
  const book = loadAddressBook();
  const name = book.commune(communeCode)?.name ?? '';
  const localCode = `0${provinceCode}`;
  return {
    code: communeCode,
    name,
    provinceCode,
    provinceName: book.province(provinceCode)?.name ?? '',
    birthCode: localCode in BIRTH_PROVINCE_CODES ? localCode : '001',
    isUrban: name.startsWith('Phường'),
  };
}

/** A citizen not yet on file, living in the template's commune (so communes keep their weights). */
export function newPerson(rng: Rng, template: PersonInput): { person: PersonInput; place: Place } {
  const place = placeOf(template.provinceCode ?? '01', template.communeCode ?? '00004');
  const gender = drawGender(rng);
  const birthYear = drawBirthYear(rng);
  const birthCode = rng.chance(0.75) ? place.birthCode : rng.pick(BIRTH_CODES);
  const hasCccd = rng.chance(0.9);
  return {
    person: {
      fullName: drawFullName(rng, gender, birthYear),
      gender,
      birthYear,
      oldIdNumber: null,
      idType: hasCccd ? 'cccd' : null,
      idNumber: hasCccd ? cccdNumber(rng, birthCode, gender, birthYear) : null,
      phone: rng.chance(0.55) ? phoneNumber(rng) : null,
      provinceCode: place.provinceCode,
      communeCode: place.code,
      address: drawAddressLine(rng, place),
    },
    place,
  };
}

/** A name fragment as an officer types it: folded words, the last one possibly cut short. */
export function namePrefix(rng: Rng, foldedName: string): string {
  const words = foldedName.split(' ');
  const count = rng.int(Math.min(2, words.length), words.length);
  const kept = words.slice(0, count);
  const last = kept[kept.length - 1] ?? '';
  kept[kept.length - 1] = last.slice(0, rng.int(1, last.length));
  return kept.join(' ');
}
