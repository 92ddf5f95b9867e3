import { sql, type Kysely } from 'kysely';
import { toLocalIso } from '../../../../shared/domain/local-time';
import { keyValues } from '../../db/migrations/0012_visit_day_cells';
import type { DB } from '../../db/schema';
import { appendAudit } from '../audit';
import type { Actor } from '../context';

/** The day cells worked out again from the visits themselves (what the triggers should hold). */
function recount() {
  return sql`select ${keyValues('v')}, count(*), sum(v.headcount) from visits v group by 1, 2, 3, 4, 5, 6, 7, 8`;
}

/**
 * The days whose cells (visit_day_cells, which the tallies read) differ from a recount of the register,
 * either way. Empty when every figure the reports count from the cells matches the visits behind it.
 */
export async function daysOutOfStep(db: Kysely<DB>): Promise<string[]> {
  const result = await sql<{ day: string }>`
    with counted as materialized (${recount()})
    select received_on as day from (select * from counted except select * from visit_day_cells)
    union select received_on from (select * from visit_day_cells except select * from counted)
    order by 1`.execute(db);
  return result.rows.map((row) => row.day);
}

/** Rebuilds every cell from the visits in one transaction, audited with the days it corrected. */
export async function rebuildDayCells(db: Kysely<DB>, actor: Actor, now: Date): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const days = await daysOutOfStep(trx);
    if (days.length === 0) return days;
    await sql`delete from visit_day_cells`.execute(trx);
    await sql`insert into visit_day_cells ${recount()}`.execute(trx);
    await appendAudit(trx, actor, toLocalIso(now), {
      action: 'tallies.rebuild',
      entity: 'visit_day_cells',
      entityId: null,
      detail: { days },
    });
    return days;
  });
}

const INSERT_TRIGGER = 'visit_day_cells_insert';

/**
 * For a bulk writer that only inserts visits, inside its transaction: drops the per-visit insert trigger
 * and returns what puts it back, exactly as it was defined, after adding to the cells at once the visits
 * inserted meanwhile (those with a higher id), grouped: one pass over the new rows instead of one cell
 * upsert per row. A rolled-back transaction restores the trigger with everything else.
 */
export async function pauseDayCells(trx: Kysely<DB>): Promise<() => Promise<void>> {
  const last = await sql<{ id: number | null }>`select max(id) as id from visits`.execute(trx);
  const after = last.rows[0]?.id ?? 0;
  const trigger = await sql<{ sql: string }>`select sql from sqlite_master
    where type = 'trigger' and name = ${INSERT_TRIGGER}`.execute(trx);
  const definition = trigger.rows[0]?.sql;
  if (definition === undefined)
    throw new Error(`The trigger ${INSERT_TRIGGER} is missing; the tallies need it.`);
  await sql`drop trigger ${sql.raw(INSERT_TRIGGER)}`.execute(trx);
  return async () => {
    await sql`insert into visit_day_cells
      select ${keyValues('v')}, count(*), sum(v.headcount) from visits v where v.id > ${after}
      group by 1, 2, 3, 4, 5, 6, 7, 8
      on conflict do update set visits = visits + excluded.visits, people = people + excluded.people`.execute(
      trx,
    );
    await sql.raw(definition).execute(trx);
  };
}
