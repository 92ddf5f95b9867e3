import type { Kysely } from 'kysely';
import type { VisitHistoryEntry } from '../../../../shared/contract/visits';
import type { DB } from '../../db/schema';

/** The audit entries of one visit, oldest first: creation, then each edit with its field changes. */
export async function visitHistory(db: Kysely<DB>, visitId: number): Promise<VisitHistoryEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['at', 'actor', 'action', 'detail'])
    .where('entity', '=', 'visit')
    .where('entity_id', '=', String(visitId))
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const detail = row.detail ? (JSON.parse(row.detail) as { changes?: VisitHistoryEntry['changes'] }) : {};
    return { at: row.at, actor: row.actor, action: row.action, changes: detail.changes ?? [] };
  });
}
