import type { Transaction } from 'kysely';
import type { PersonInput } from '../../../shared/contract/visits';
import { foldText } from '../../../shared/domain/text-fold';
import type { IdType } from '../../../shared/domain/classification';
import type { DB } from '../db/schema';

/** A 12-digit number is a CCCD, 9 digits an old CMND, letters and digits a passport. */
export function inferIdType(idNumber: string | null): IdType | null {
  if (idNumber === null) return null;
  if (/^\d{12}$/.test(idNumber)) return 'cccd';
  if (/^\d{9}$/.test(idNumber)) return 'cmnd';
  if (/[A-Za-z]/.test(idNumber)) return 'ho_chieu';
  return null;
}

/**
 * The person a visit is about: the one already on file with the same ID number (updated with what was
 * typed now), or a new one.
 */
export async function upsertPerson(trx: Transaction<DB>, input: PersonInput, now: string): Promise<number> {
  const idNumber = input.idNumber === null ? null : input.idNumber.toUpperCase();
  const fields = {
    full_name: input.fullName,
    name_key: foldText(input.fullName),
    id_type: input.idType ?? inferIdType(idNumber),
    id_number: idNumber,
    address_line: input.address,
    address_key: input.address === null ? null : foldText(input.address),
    updated_at: now,
  };
  if (idNumber !== null) {
    const existing = await trx
      .selectFrom('persons')
      .select('id')
      .where((eb) => eb.or([eb('id_number', '=', idNumber), eb('old_id_number', '=', idNumber)]))
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (existing) {
      await trx.updateTable('persons').set(fields).where('id', '=', existing.id).execute();
      return existing.id;
    }
  }
  const inserted = await trx
    .insertInto('persons')
    .values({ ...fields, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}
