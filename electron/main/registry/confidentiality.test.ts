import { beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createTestDb } from '../../../test/fixtures/test-db';
import { LoginThrottle } from '../auth/login-throttle';
import { SessionStore } from '../auth/session-store';
import type { DB } from '../db/schema';
import { MASKED_NAME } from '../services/confidentiality';
import { createEventBus } from './event-bus';
import { createHandlers } from './handlers';
import { createRegistry, type Registry } from './registry';

const RECEPTIONIST = { transport: 'cli' as const, sessionKey: 'r' };
const LEADER = { transport: 'cli' as const, sessionKey: 'l' };

let db: Kysely<DB>;
let registry: Registry;

const DENUNCIATION = {
  person: {
    fullName: 'Hoàng Văn Tố',
    idNumber: '001085012345',
    gender: 'nam',
    birthYear: 1985,
    address: 'Số 9 phố Huế',
  },
  classification: 'to_cao',
  content: 'Tố cáo cán bộ địa chính nhận tiền',
};

async function ok<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

beforeEach(async () => {
  db = await createTestDb();
  const now = '2026-11-27T09:00:00+07:00';
  await db
    .insertInto('users')
    .values([
      {
        id: 2,
        username: 'letan',
        full_name: 'Lễ Tân',
        role: 'receptionist',
        password_hash: 'x',
        created_at: now,
        updated_at: now,
      },
      {
        id: 3,
        username: 'lanhdao',
        full_name: 'Lãnh Đạo',
        role: 'leader',
        password_hash: 'x',
        created_at: now,
        updated_at: now,
      },
    ])
    .execute();
  const sessions = new SessionStore(600_000);
  sessions.bind('r', { userId: 2, username: 'letan', fullName: 'Lễ Tân', role: 'receptionist' }, Date.now());
  sessions.bind('l', { userId: 3, username: 'lanhdao', fullName: 'Lãnh Đạo', role: 'leader' }, Date.now());
  const deps = {
    db,
    events: createEventBus(),
    clock: () => new Date(),
    appVersion: '1',
    sessions,
    throttle: new LoginThrottle(),
  };
  registry = createRegistry(createHandlers(deps), () => {}, sessions);
});

describe('confidential denouncers', () => {
  it('hides the identity in what the receptionist gets back, in lists and in the visit', async () => {
    const saved = await ok<{ id: number; fullName: string; isIdentityMasked: boolean }>(
      registry.invoke('visits:create', DENUNCIATION, RECEPTIONIST),
    );
    expect(saved).toMatchObject({ fullName: MASKED_NAME, isIdentityMasked: true });
    const list = await ok<{ items: { fullName: string; idNumber: string | null; address: string | null }[] }>(
      registry.invoke('visits:list', {}, LEADER),
    );
    expect(list.items[0]).toMatchObject({ fullName: MASKED_NAME, idNumber: null, address: null });
    const detail = await ok<{ person: Record<string, unknown> }>(
      registry.invoke('visits:get', { id: saved.id }, RECEPTIONIST),
    );
    expect(JSON.stringify(detail)).not.toContain('Hoàng');
    expect(JSON.stringify(detail)).not.toContain('001085012345');
  });

  it('keeps denunciations out of a receptionist’s name search and suggestions, not a leader’s', async () => {
    await ok(registry.invoke('visits:create', DENUNCIATION, RECEPTIONIST));
    const byReceptionist = await ok<{ total: number }>(
      registry.invoke('visits:list', { query: 'hoang van to' }, RECEPTIONIST),
    );
    const byLeader = await ok<{ total: number }>(
      registry.invoke('visits:list', { query: 'hoang van to' }, LEADER),
    );
    expect([byReceptionist.total, byLeader.total]).toEqual([0, 1]);
    const suggestions = await ok<{ persons: unknown[]; cases: unknown[] }>(
      registry.invoke('cases:suggest', { idNumber: '001085012345' }, RECEPTIONIST),
    );
    expect(suggestions).toEqual({ persons: [], cases: [] });
  });

  it('lets only leaders and administrators reveal, with the reason audited', async () => {
    const saved = await ok<{ id: number }>(registry.invoke('visits:create', DENUNCIATION, RECEPTIONIST));
    const refused = await registry.invoke('visits:reveal', { id: saved.id, reason: 'Xem' }, RECEPTIONIST);
    expect(refused.ok === false && refused.error.code).toBe('FORBIDDEN');
    const revealed = await ok<{ fullName: string; person: { idNumber: string } }>(
      registry.invoke('visits:reveal', { id: saved.id, reason: 'Giải quyết tố cáo theo phân công' }, LEADER),
    );
    expect([revealed.fullName, revealed.person.idNumber]).toEqual(['Hoàng Văn Tố', '001085012345']);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor', 'detail'])
      .where('action', '=', 'visit.reveal')
      .execute();
    expect(audit).toEqual([
      {
        action: 'visit.reveal',
        actor: 'Lãnh Đạo',
        detail: JSON.stringify({ reason: 'Giải quyết tố cáo theo phân công' }),
      },
    ]);
  });

  it('keeps the stored identity when a receptionist edits a masked denunciation', async () => {
    const saved = await ok<{ id: number }>(registry.invoke('visits:create', DENUNCIATION, RECEPTIONIST));
    const masked = {
      ...DENUNCIATION,
      person: { fullName: MASKED_NAME, idNumber: null },
      content: 'Tố cáo cán bộ địa chính',
    };
    await ok(registry.invoke('visits:update', { id: saved.id, visit: masked }, RECEPTIONIST));
    const person = await db
      .selectFrom('persons')
      .select(['full_name', 'id_number'])
      .executeTakeFirstOrThrow();
    expect(person).toEqual({ full_name: 'Hoàng Văn Tố', id_number: '001085012345' });
    const visit = await db.selectFrom('visits').select('content').executeTakeFirstOrThrow();
    expect(visit.content).toBe('Tố cáo cán bộ địa chính');
  });
});
