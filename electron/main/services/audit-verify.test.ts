import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/fixtures/test-db';
import type { DB } from '../db/schema';
import { appendAudit, auditHash, GENESIS_HASH } from './audit';
import { describeAuditResult, verifyAuditChain } from './audit-verify';

const actor = { userId: null, displayName: 'Cán bộ thử nghiệm' };

/** A log of `count` entries, with the append-only triggers dropped so the test can tamper. */
async function logWith(count: number): Promise<Kysely<DB>> {
  const db = await createTestDb();
  for (let i = 1; i <= count; i += 1) {
    await appendAudit(db, actor, `2026-11-27T09:${String(i).padStart(2, '0')}:00+07:00`, {
      action: 'visit.create',
      entity: 'visit',
      entityId: i,
      detail: { n: i },
    });
  }
  await sql`drop trigger audit_log_no_update`.execute(db);
  await sql`drop trigger audit_log_no_delete`.execute(db);
  return db;
}

describe('verifyAuditChain', () => {
  it('accepts an empty log and a clean chain, and reports the last hash', async () => {
    const empty = await createTestDb();
    expect(await verifyAuditChain(empty)).toEqual({
      ok: true,
      count: 0,
      lastId: null,
      lastHash: GENESIS_HASH,
      problem: null,
    });
    const db = await logWith(5);
    const last = await db
      .selectFrom('audit_log')
      .select('hash')
      .where('id', '=', 5)
      .executeTakeFirstOrThrow();
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: true, count: 5, lastId: 5, lastHash: last.hash, problem: null });
    expect(describeAuditResult(result)).toBe(`Nhật ký toàn vẹn: 5 mục, mã cuối ${last.hash}.`);
  });

  it('walks a log longer than one batch', async () => {
    const db = await logWith(2100);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 2100, lastId: 2100 });
  });

  it('finds an edited entry', async () => {
    const db = await logWith(5);
    await db.updateTable('audit_log').set({ detail: '{"n":99}' }).where('id', '=', 3).execute();
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: false, lastId: 2, problem: { id: 3, kind: 'edited' } });
    expect(result.problem?.message).toContain('Mục #3');
    expect(describeAuditResult(result)).toMatch(/^Nhật ký KHÔNG toàn vẹn: Mục #3 .*đã bị sửa/);
  });

  it('finds an entry edited and re-hashed by its successor no longer linking to it', async () => {
    const db = await logWith(5);
    const row = await db.selectFrom('audit_log').selectAll().where('id', '=', 3).executeTakeFirstOrThrow();
    const fields = { ...row, actor: 'Người khác' };
    const { id: _id, prev_hash: _p, hash: _h, ...hashed } = fields;
    await db
      .updateTable('audit_log')
      .set({ actor: 'Người khác', hash: auditHash(row.prev_hash, hashed) })
      .where('id', '=', 3)
      .execute();
    expect((await verifyAuditChain(db)).problem).toMatchObject({ id: 3, kind: 'edited' });
  });

  it('finds an entry deleted in the middle', async () => {
    const db = await logWith(5);
    await db.deleteFrom('audit_log').where('id', 'in', [3, 4]).execute();
    const result = await verifyAuditChain(db);
    expect(result.problem).toMatchObject({ id: 3, kind: 'deleted' });
    expect(result.problem?.message).toBe('Mục #3–#4 đã bị xóa khỏi nhật ký (mục còn lại tiếp theo là #5).');
  });

  it('finds the first entry deleted', async () => {
    const db = await logWith(3);
    await db.deleteFrom('audit_log').where('id', '=', 1).execute();
    expect((await verifyAuditChain(db)).problem).toMatchObject({ id: 1, kind: 'deleted' });
  });

  it('finds the last entries deleted (SQLite remembers the highest id it issued)', async () => {
    const db = await logWith(5);
    await db.deleteFrom('audit_log').where('id', '>=', 4).execute();
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: false, count: 3, lastId: 3, problem: { id: 4, kind: 'deleted' } });
    expect(result.problem?.message).toBe('Mục cuối #4–#5 đã bị xóa khỏi nhật ký (nhật ký từng có 5 mục).');
  });

  it('finds every entry deleted', async () => {
    const db = await logWith(2);
    await db.deleteFrom('audit_log').execute();
    expect((await verifyAuditChain(db)).problem).toMatchObject({ id: 1, kind: 'deleted' });
  });

  it('finds two entries swapped', async () => {
    const db = await logWith(5);
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', 'in', [2, 3])
      .orderBy('id')
      .execute();
    const [second, third] = rows as [(typeof rows)[number], (typeof rows)[number]];
    const { id: _a, ...secondFields } = second;
    const { id: _b, ...thirdFields } = third;
    await db.updateTable('audit_log').set(thirdFields).where('id', '=', 2).execute();
    await db.updateTable('audit_log').set(secondFields).where('id', '=', 3).execute();
    const result = await verifyAuditChain(db);
    expect(result.problem).toMatchObject({ id: 2, kind: 'reordered' });
    expect(result.problem?.message).toBe('Thứ tự nhật ký đã bị đảo: mục #2 lẽ ra phải đứng ngay sau mục #3.');
  });
});
