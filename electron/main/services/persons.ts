import type { Transaction } from 'kysely';
import type { PersonInput, PersonView } from '../../../shared/contract/persons';
import type { IdType } from '../../../shared/domain/classification';
import { normalizeIdNumber } from '../../../shared/domain/cccd';
import { foldText } from '../../../shared/domain/text-fold';
import { indexPerson } from '../db/search-index';
import type { DB, PersonsTable } from '../db/schema';
import { loadAddressBook } from './address';

/** A 12-digit number is a CCCD, 9 digits an old CMND, letters and digits a passport. */
export function inferIdType(idNumber: string | null): IdType | null {
  if (idNumber === null) return null;
  if (/^\d{12}$/.test(idNumber)) return 'cccd';
  if (/^\d{9}$/.test(idNumber)) return 'cmnd';
  if (/[A-Za-z]/.test(idNumber)) return 'ho_chieu';
  return null;
}

/** "Số 5, Xã Phú Hữu, Thành phố Cần Thơ": the free line, then the commune and province names. */
export function fullAddress(
  line: string | null,
  communeCode: string | null,
  provinceCode: string | null,
): string | null {
  const book = loadAddressBook();
  const parts = [
    line,
    communeCode ? (book.commune(communeCode)?.name ?? null) : null,
    provinceCode ? (book.province(provinceCode)?.name ?? null) : null,
  ].filter((part): part is string => part !== null && part !== '');
  return parts.length === 0 ? null : parts.join(', ');
}

function personFields(input: PersonInput, now: string) {
  const idNumber = input.idNumber === null ? null : normalizeIdNumber(input.idNumber);
  return {
    full_name: input.fullName,
    name_key: foldText(input.fullName),
    gender: input.gender,
    birth_year: input.birthYear,
    id_type: input.idType ?? inferIdType(idNumber),
    id_number: idNumber === '' ? null : idNumber,
    old_id_number: input.oldIdNumber === null ? null : normalizeIdNumber(input.oldIdNumber) || null,
    phone: input.phone,
    province_code: input.provinceCode,
    commune_code: input.communeCode,
    address_line: input.address,
    address_key: input.address === null ? null : foldText(input.address),
    updated_at: now,
  };
}

/** Keeps what is on file where the officer left a field blank this time (a returning citizen). */
function mergeKeepingStored(fields: ReturnType<typeof personFields>) {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
}

/**
 * The person a visit is about: the one on file with the same ID number (current or old CMND number, and
 * the card's old number when one was read), updated with what was typed now, or a new one. The stored
 * number is kept, except that a card upgrades a record made with its old CMND number: the CCCD becomes
 * the number and the CMND the old one. Indexed for search in the same transaction.
 */
export async function upsertPerson(trx: Transaction<DB>, input: PersonInput, now: string): Promise<number> {
  const fields = personFields(input, now);
  const numbers = [fields.id_number, fields.old_id_number].filter((n): n is string => n !== null);
  if (numbers.length > 0) {
    const existing = await trx
      .selectFrom('persons')
      .select(['id', 'id_number'])
      .where((eb) => eb.or([eb('id_number', 'in', numbers), eb('old_id_number', 'in', numbers)]))
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (existing) {
      const { id_number: _kept, id_type: _typed, ...rest } = mergeKeepingStored(fields);
      const isUpgrade =
        fields.old_id_number !== null &&
        fields.id_number !== null &&
        (existing.id_number === null || existing.id_number === fields.old_id_number);
      // The paper's type follows its number: "số định danh" for the number on file updates the type, an
      // old CMND number typed for a person on file with a CCCD does not turn the CCCD into a CMND.
      const isSameNumber = isUpgrade || existing.id_number === fields.id_number;
      const update = {
        ...rest,
        ...(isUpgrade ? { id_number: fields.id_number } : {}),
        ...(isSameNumber && fields.id_type !== null ? { id_type: fields.id_type } : {}),
      };
      await trx.updateTable('persons').set(update).where('id', '=', existing.id).execute();
      await indexPerson(trx, existing.id);
      return existing.id;
    }
  }
  const inserted = await trx
    .insertInto('persons')
    .values({ ...fields, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await indexPerson(trx, inserted.id);
  return inserted.id;
}

/** Overwrites a person's fields with an edit (blank means blank here: the officer cleared it). */
export async function updatePerson(trx: Transaction<DB>, personId: number, input: PersonInput, now: string) {
  await trx.updateTable('persons').set(personFields(input, now)).where('id', '=', personId).execute();
  await indexPerson(trx, personId);
}

type PersonRow = Pick<
  PersonsTable,
  | 'full_name'
  | 'gender'
  | 'birth_year'
  | 'id_type'
  | 'id_number'
  | 'old_id_number'
  | 'phone'
  | 'province_code'
  | 'commune_code'
  | 'address_line'
> & { id: number };

export const PERSON_COLUMNS = [
  'persons.id',
  'persons.full_name',
  'persons.gender',
  'persons.birth_year',
  'persons.id_type',
  'persons.id_number',
  'persons.old_id_number',
  'persons.phone',
  'persons.province_code',
  'persons.commune_code',
  'persons.address_line',
] as const;

export function toPersonView(row: PersonRow): PersonView {
  return {
    id: row.id,
    fullName: row.full_name,
    gender: row.gender,
    birthYear: row.birth_year,
    idType: row.id_type,
    idNumber: row.id_number,
    oldIdNumber: row.old_id_number,
    phone: row.phone,
    provinceCode: row.province_code,
    communeCode: row.commune_code,
    address: row.address_line,
    fullAddress: fullAddress(row.address_line, row.commune_code, row.province_code),
  };
}
