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

/**
 * For a bulk writer, inside its transaction: pauses the per-visit triggers and returns what resumes them,
 * recounting at once the span of days that visits written meanwhile fall on (visits with a higher id).
 */
export async function pauseDayCells(trx: Kysely<DB>): Promise<() => Promise<void>> {
  const last = await sql<{ id: number | null }>`select max(id) as id from visits`.execute(trx);
  const after = last.rows[0]?.id ?? 0;
  await sql`insert into visit_day_cells_paused (id) values (1)`.execute(trx);
  return async () => {
    // The span of days written, as a range: one index range scan (an IN list of days planned badly).
    const span = await sql<{ from: string | null; to: string | null }>`
      select min(received_on) as "from", max(received_on) as "to" from visits where id > ${after}`.execute(
      trx,
    );
    const { from, to } = span.rows[0] ?? { from: null, to: null };
    if (from !== null && to !== null) {
      await sql`delete from visit_day_cells where received_on >= ${from} and received_on <= ${to}`.execute(
        trx,
      );
      await sql`insert into visit_day_cells select ${keyValues('v')}, count(*), sum(v.headcount) from visits v
        where v.received_on >= ${from} and v.received_on <= ${to} group by 1, 2, 3, 4, 5, 6, 7, 8`.execute(
        trx,
      );
    }
    await sql`delete from visit_day_cells_paused`.execute(trx);
  };
}
