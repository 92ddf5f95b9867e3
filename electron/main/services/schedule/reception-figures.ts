/**
 * The schedule's figures for the tally engine: announced days (published sittings), held days and
 * sessions by kind, and dialogue conferences, each with the ids of the records behind it.
 */
import type { Kysely } from 'kysely';
import type { CountedIds, DateRange, ReceptionFigures } from '../../../../shared/reports/reception-figures';
import type { DB } from '../../db/schema';

function daysCounted(rows: { id: number; day: string }[]): CountedIds {
  return { count: new Set(rows.map((row) => row.day)).size, ids: rows.map((row) => row.id) };
}

function recordsCounted(rows: { id: number }[]): CountedIds {
  return { count: rows.length, ids: rows.map((row) => row.id) };
}

async function announcedDays(db: Kysely<DB>, range: DateRange): Promise<ReceptionFigures['announcedDays']> {
  const rows = await db
    .selectFrom('schedule_days as d')
    .innerJoin('schedule_rules as r', 'r.id', 'd.rule_id')
    .select(['d.id', 'd.day', 'r.delegate_name'])
    .where('d.published_at', 'is not', null)
    .where('d.day', '>=', range.from)
    .where('d.day', '<=', range.to)
    .orderBy('d.day')
    .orderBy('d.id')
    .execute();
  const toDay = (row: (typeof rows)[number]) => ({ id: row.id, day: row.day! });
  return {
    inPerson: daysCounted(rows.filter((row) => row.delegate_name === null).map(toDay)),
    delegated: daysCounted(rows.filter((row) => row.delegate_name !== null).map(toDay)),
  };
}

export async function receptionFigures(db: Kysely<DB>, range: DateRange): Promise<ReceptionFigures> {
  const sessions = await db
    .selectFrom('reception_sessions')
    .select(['id', 'kind', 'held_on as day'])
    .where('held_on', '>=', range.from)
    .where('held_on', '<=', range.to)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
  const ofKind = (...kinds: string[]) => sessions.filter((s) => kinds.includes(s.kind));
  const dialogues = await db
    .selectFrom('dialogues')
    .select(['id', 'attendees', 'opinions', 'answered', 'accepted_for_follow_up'])
    .where('held_on', '>=', range.from)
    .where('held_on', '<=', range.to)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
  const sum = (pick: (row: (typeof dialogues)[number]) => number) =>
    dialogues.reduce((t, row) => t + pick(row), 0);
  return {
    announcedDays: await announcedDays(db, range),
    heldDays: {
      inPerson: daysCounted(ofKind('dinh_ky', 'dot_xuat')),
      delegated: daysCounted(ofKind('uy_quyen')),
    },
    sessions: {
      dinh_ky: recordsCounted(ofKind('dinh_ky')),
      dot_xuat: recordsCounted(ofKind('dot_xuat')),
      uy_quyen: recordsCounted(ofKind('uy_quyen')),
    },
    dialogues: {
      count: dialogues.length,
      attendees: sum((row) => row.attendees),
      opinions: sum((row) => row.opinions),
      answered: sum((row) => row.answered),
      acceptedForFollowUp: sum((row) => row.accepted_for_follow_up),
      ids: dialogues.map((row) => row.id),
    },
  };
}
