import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../../test/fixtures/use-test-db';
import { insertOpenSession } from './session-insert';

const { db, ctx } = useTestDb();

describe('insertOpenSession', () => {
  it('writes the session opened now and its audit entry together', async () => {
    const now = '2026-11-27T09:30:00+07:00';
    const { actor } = ctx();
    const values = { kind: 'dot_xuat' as const, held_on: '2026-11-27', presided_by: 'Chủ tịch', title: null };
    const id = await db()
      .transaction()
      .execute((trx) =>
        insertOpenSession(trx, actor, now, values, { action: 'session.open', detail: { note: 'x' } }),
      );
    const row = await db()
      .selectFrom('reception_sessions')
      .select(['kind', 'presided_by', 'status', 'opened_at', 'created_at', 'updated_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      kind: 'dot_xuat',
      presided_by: 'Chủ tịch',
      status: 'open',
      opened_at: now,
      created_at: now,
      updated_at: now,
    });
    const audit = await db()
      .selectFrom('audit_log')
      .select(['at', 'actor', 'action', 'entity', 'entity_id', 'detail'])
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      at: now,
      actor: 'Cán bộ thử nghiệm',
      action: 'session.open',
      entity: 'session',
      entity_id: String(id),
      detail: '{"note":"x"}',
    });
  });
});
