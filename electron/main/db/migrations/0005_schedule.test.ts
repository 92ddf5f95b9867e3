import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from '../../../../shared/domain/local-time';
import { createDb } from '../create-db';
import { migrateToLatest } from '../migrate';
import { migrations } from './index';

const BEFORE = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0005'));

async function addSession(db: Kysely<any>, heldOn: string): Promise<void> {
  await db
    .insertInto('reception_sessions')
    .values({
      kind: 'dinh_ky',
      held_on: heldOn,
      presided_by: 'A',
      created_at: `${heldOn}T08:00:00+07:00`,
      updated_at: `${heldOn}T11:00:00+07:00`,
    })
    .execute();
}

describe('0005_schedule', () => {
  it('closes sessions recorded for past days, keeps today’s open, and seeds holidays and minimums', async () => {
    const db = createDb(':memory:') as Kysely<any>;
    await migrateToLatest(db, BEFORE);
    const today = toLocalDate(new Date());
    await addSession(db, '2025-03-05');
    await addSession(db, today);
    await migrateToLatest(db);
    const sessions = await db
      .selectFrom('reception_sessions')
      .select(['held_on', 'status', 'opened_at', 'closed_at'])
      .orderBy('id')
      .execute();
    expect(sessions).toEqual([
      {
        held_on: '2025-03-05',
        status: 'closed',
        opened_at: '2025-03-05T08:00:00+07:00',
        closed_at: '2025-03-05T11:00:00+07:00',
      },
      { held_on: today, status: 'open', opened_at: `${today}T08:00:00+07:00`, closed_at: null },
    ]);
    const tet2026 = await db
      .selectFrom('holidays')
      .select('day')
      .where('kind', '=', 'tet')
      .where('day', 'like', '2026-%')
      .execute();
    expect(tet2026.map((h: { day: string }) => h.day)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    const minimums = await db
      .selectFrom('reception_minimums')
      .select(['leader_role', 'per', 'min_days', 'effective_from'])
      .orderBy('id')
      .execute();
    expect(minimums.map((m) => Object.values(m).join(' '))).toEqual([
      'chu_tich_ubnd_xa week 1 2014-07-01',
      'chu_tich_ubnd_xa month 2 2026-07-01',
      'chu_tich_ubnd_tinh month 1 2014-07-01',
      'bi_thu_xa month 2 2019-01-01',
    ]);
    await db.destroy();
  });
});
