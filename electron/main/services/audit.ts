import { createHash } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AuditLogTable, DB } from '../db/schema';
import type { Actor } from './context';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  action: string;
  entity: string | null;
  entityId: string | number | null;
  detail: unknown;
}

/** The columns of an entry its hash covers: all but the id and the hashes. */
type HashedFields = Omit<Selectable<AuditLogTable>, 'id' | 'prev_hash' | 'hash'>;

/** The chain link: a change to any field of any earlier entry changes every later hash. */
export function auditHash(prevHash: string, fields: HashedFields): string {
  const canonical = JSON.stringify([
    prevHash,
    fields.at,
    fields.user_id,
    fields.actor,
    fields.action,
    fields.entity,
    fields.entity_id,
    fields.detail,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * Appends one entry inside the caller's transaction, so the record and its audit entry are written
 * together or not at all.
 */
export async function appendAudit(
  trx: Transaction<DB> | Kysely<DB>,
  actor: Actor,
  at: string,
  entry: AuditEntry,
): Promise<void> {
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields: HashedFields = {
    at,
    user_id: actor.userId,
    actor: actor.displayName,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId === null ? null : String(entry.entityId),
    detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
  };
  await trx
    .insertInto('audit_log')
    .values({ ...fields, prev_hash: prevHash, hash: auditHash(prevHash, fields) })
    .execute();
}
