import type { Kysely } from 'kysely';
import type { AuditEntryView } from '../../../shared/contract/audit';
import type { DB } from '../db/schema';

/** Audit entries newest first, paged by id, optionally of one action (`visit.update`, `auth.login`…). */
export async function listAudit(
  db: Kysely<DB>,
  input: { beforeId: number | null; action: string | null; limit: number },
): Promise<{ items: AuditEntryView[]; hasMore: boolean }> {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor', 'action', 'entity', 'entity_id', 'detail']);
  if (input.beforeId !== null) query = query.where('id', '<', input.beforeId);
  if (input.action !== null) query = query.where('action', '=', input.action);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(input.limit + 1)
    .execute();
  return {
    items: rows.slice(0, input.limit).map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      detail: row.detail,
    })),
    hasMore: rows.length > input.limit,
  };
}
