import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';

/** Next value of a named sequence (case numbers per year, later tickets per day), inside a transaction. */
export async function nextCounter(trx: Transaction<DB>, key: string): Promise<number> {
  const row = await trx
    .insertInto('counters')
    .values({ key, value: 1 })
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })))
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value;
}
