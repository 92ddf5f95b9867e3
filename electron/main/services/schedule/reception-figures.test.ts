import { describe, expect, it } from 'vitest';
import { DialogueInput } from '../../../../shared/contract/dialogues';
import { testContext } from '../../../../test/fixtures/test-db';
import { saveDialogue } from '../dialogues/dialogues';
import { publishSittings } from './calendar';
import { receptionFigures } from './reception-figures';
import { saveRule } from './rules';
import { openAdHocSession, openSitting } from './session-flow';
import { ruleInput } from './test-support';
import { useTestDb } from '../../../../test/fixtures/use-test-db';

const { db } = useTestDb();

const ctx = () => testContext(db());

function dialogue(overrides: Record<string, unknown>) {
  return DialogueInput.parse({
    heldOn: '2026-11-10',
    presidedBy: 'Trần Văn Bình',
    level: 'xa',
    place: 'Nhà văn hóa thôn 3',
    topic: 'Bồi thường đường liên xã',
    attendees: 60,
    opinions: 15,
    answered: 12,
    acceptedForFollowUp: 3,
    ...overrides,
  });
}

async function addSession(kind: 'dinh_ky' | 'dot_xuat' | 'uy_quyen', heldOn: string): Promise<number> {
  const row = await db()
    .insertInto('reception_sessions')
    .values({
      kind,
      held_on: heldOn,
      presided_by: 'Trần Văn Bình',
      title: null,
      created_at: heldOn,
      updated_at: heldOn,
      external_key: null,
      opened_at: null,
      closed_at: null,
      schedule_day_id: null,
      conclusions: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('receptionFigures', () => {
  it('counts announced days (in person and delegated), held days, sessions by kind and dialogues', async () => {
    const head = await saveRule(ctx(), ruleInput());
    await saveRule(
      ctx(),
      ruleInput({ weekday: 2, frequency: 'monthly', monthWeeks: [2], delegateName: 'Lê Thị Hoa' }),
    );
    await publishSittings(ctx(), { from: '2026-11-01', to: '2026-11-30' });
    const scheduled = await openSitting(ctx(), { ruleId: head.id, plannedDay: '2026-11-27' });
    const adHoc = await openAdHocSession(ctx(), {
      kind: 'dot_xuat',
      presidedBy: 'Trần Văn Bình',
      title: null,
    });
    const delegated = await addSession('uy_quyen', '2026-11-10');
    const periodic = await addSession('dinh_ky', '2026-11-20');
    await addSession('dinh_ky', '2026-12-04');
    const first = await saveDialogue(ctx(), dialogue({}));
    const second = await saveDialogue(
      ctx(),
      dialogue({ heldOn: '2026-11-25', attendees: 40, opinions: 9, answered: 9, acceptedForFollowUp: 0 }),
    );
    await saveDialogue(ctx(), dialogue({ heldOn: '2026-12-02' }));

    const figures = await receptionFigures(db(), { from: '2026-11-01', to: '2026-11-30' });
    const announced = await db()
      .selectFrom('schedule_days')
      .select(['id', 'rule_id'])
      .orderBy('day')
      .execute();
    expect(figures.announcedDays.inPerson.count).toBe(4);
    expect(figures.announcedDays.inPerson.ids).toEqual(
      announced.filter((d) => d.rule_id === head.id).map((d) => d.id),
    );
    expect(figures.announcedDays.delegated.count).toBe(1);
    expect(figures.heldDays).toEqual({
      inPerson: { count: 2, ids: [periodic, scheduled.id, adHoc.id] },
      delegated: { count: 1, ids: [delegated] },
    });
    expect(figures.sessions).toEqual({
      dinh_ky: { count: 2, ids: [periodic, scheduled.id] },
      dot_xuat: { count: 1, ids: [adHoc.id] },
      uy_quyen: { count: 1, ids: [delegated] },
    });
    expect(figures.dialogues).toEqual({
      count: 2,
      attendees: 100,
      opinions: 24,
      answered: 21,
      acceptedForFollowUp: 3,
      ids: [first.id, second.id],
    });
  });

  it('gives zeros for an empty range', async () => {
    const none = { count: 0, ids: [] };
    expect(await receptionFigures(db(), { from: '2026-01-01', to: '2026-01-31' })).toEqual({
      announcedDays: { inPerson: none, delegated: none },
      heldDays: { inPerson: none, delegated: none },
      sessions: { dinh_ky: none, dot_xuat: none, uy_quyen: none },
      dialogues: { count: 0, attendees: 0, opinions: 0, answered: 0, acceptedForFollowUp: 0, ids: [] },
    });
  });
});
