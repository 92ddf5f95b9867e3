import type { Insertable, Kysely } from 'kysely';
import type { DB, ReceptionSessionsTable } from '../db/schema';
import { appendAudit } from './audit';
import type { Actor } from './context';

/** A session's columns as its opener gives them; the open and write times are the same instant. */
export type NewSession = Omit<Insertable<ReceptionSessionsTable>, 'opened_at' | 'created_at' | 'updated_at'>;

/**
 * Inserts a session opened `now` and its audit entry, inside the caller's transaction so both are written
 * or neither; returns the new id.
 */
export async function insertOpenSession(
  trx: Kysely<DB>,
  actor: Actor,
  now: string,
  values: NewSession,
  audit: { action: 'session.open' | 'session.create'; detail: unknown },
): Promise<number> {
  const row = await trx
    .insertInto('reception_sessions')
    .values({ ...values, opened_at: now, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(trx, actor, now, { ...audit, entity: 'session', entityId: row.id });
  return row.id;
}
