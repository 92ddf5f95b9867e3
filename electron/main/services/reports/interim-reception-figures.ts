import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { CountedIds, DateRange, ReceptionFigures } from '../../../../shared/reports/reception-figures';

const NONE: CountedIds = { count: 0, ids: [] };

/**
 * Interim source until issue 7's schedule and dialogues land: sessions by kind and the days they were held,
 * from `reception_sessions`. No announced days (no schedule is recorded yet) and no dialogues.
 */
export async function interimReceptionFigures(db: Kysely<DB>, range: DateRange): Promise<ReceptionFigures> {
  const sessions = await db
    .selectFrom('reception_sessions')
    .select(['id', 'kind', 'held_on'])
    .where('held_on', '>=', range.from)
    .where('held_on', '<=', range.to)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
  const byKind = (kind: string): CountedIds => {
    const ids = sessions.filter((session) => session.kind === kind).map((session) => session.id);
    return { count: ids.length, ids };
  };
  const heldDays = (kinds: string[]): CountedIds => {
    const firstOfDay = new Map<string, number>();
    for (const session of sessions) {
      if (kinds.includes(session.kind) && !firstOfDay.has(session.held_on)) {
        firstOfDay.set(session.held_on, session.id);
      }
    }
    return { count: firstOfDay.size, ids: [...firstOfDay.values()] };
  };
  return {
    announcedDays: { inPerson: NONE, delegated: NONE },
    heldDays: { inPerson: heldDays(['dinh_ky', 'dot_xuat']), delegated: heldDays(['uy_quyen']) },
    sessions: { dinh_ky: byKind('dinh_ky'), dot_xuat: byKind('dot_xuat'), uy_quyen: byKind('uy_quyen') },
    dialogues: { count: 0, attendees: 0, opinions: 0, answered: 0, acceptedForFollowUp: 0, ids: [] },
  };
}
