import { sql, type Kysely } from 'kysely';

/** The facts a visit is counted by in the tallies, in the key order of visit_day_cells. */
export const KEY = [
  'received_on',
  'reception_kind',
  'headcount',
  'is_refused',
  'classification',
  'subject',
  'channel',
  'handling',
];

/** A visit row's key values ("new" or "old" inside a trigger), blanks for the facts it may lack. */
export function keyValues(row: 'new' | 'old' | 'v') {
  return sql.raw(
    [
      `${row}.received_on`,
      `${row}.reception_kind`,
      `${row}.headcount`,
      `${row}.refusal_reason is not null`,
      `${row}.classification`,
      `coalesce(${row}.subject, '')`,
      `${row}.channel`,
      `coalesce(${row}.handling, '')`,
    ].join(', '),
  );
}

function matchesOld() {
  return sql.raw(
    [
      'received_on = old.received_on',
      'reception_kind = old.reception_kind',
      'headcount = old.headcount',
      'is_refused = (old.refusal_reason is not null)',
      'classification = old.classification',
      "subject = coalesce(old.subject, '')",
      'channel = old.channel',
      "handling = coalesce(old.handling, '')",
    ].join(' and '),
  );
}

export const addNew = sql`insert into visit_day_cells values (${keyValues('new')}, 1, new.headcount)
    on conflict do update set visits = visits + 1, people = people + excluded.people;`;
export const removeOld = sql`update visit_day_cells set visits = visits - 1, people = people - old.headcount
    where ${matchesOld()};
  delete from visit_day_cells where ${matchesOld()} and visits = 0;`;

/**
 * Visits counted per day by every fact a report groups them by, kept by triggers in the same transaction
 * as the visit itself: a 6-month tally reads a few thousand cells instead of grouping 80,000 visits. The
 * headcount is kept as it is (not "group or not"), since the group threshold is a setting. Drill-down still
 * lists the visits themselves with the same conditions, so every figure traces to its records.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table visit_day_cells (
    received_on text not null, reception_kind text not null, headcount integer not null,
    is_refused integer not null, classification text not null, subject text not null, channel text not null,
    handling text not null, visits integer not null, people integer not null,
    primary key (${sql.raw(KEY.join(', '))})
  ) without rowid`.execute(db);
  await sql`insert into visit_day_cells
    select ${keyValues('v')}, count(*), sum(v.headcount) from visits v group by 1, 2, 3, 4, 5, 6, 7, 8`.execute(
    db,
  );
  await sql`create trigger visit_day_cells_insert after insert on visits begin ${addNew} end`.execute(db);
  await sql`create trigger visit_day_cells_delete after delete on visits begin ${removeOld} end`.execute(db);
  await sql`create trigger visit_day_cells_update
    after update of ${sql.raw(KEY.filter((key) => key !== 'is_refused').join(', '))}, refusal_reason on visits
    begin ${removeOld} ${addNew} end`.execute(db);
}
