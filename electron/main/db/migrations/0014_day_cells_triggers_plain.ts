import { sql, type Kysely } from 'kysely';
import { addNew, KEY, removeOld } from './0012_visit_day_cells';

/**
 * The day-cell triggers without 0013's pause. A paused trigger still cost the register import ~0.16 ms a
 * visit (39–42 s against 24 s for 100,000 rows without it): SQLite runs the trigger's program and keeps a
 * statement journal for every insert whatever its WHEN says. A bulk writer now drops the insert trigger
 * inside its own transaction and creates it again before committing (reports/day-cells-check.ts), which a
 * rollback undoes like any other write.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const name of ['insert', 'delete', 'update']) {
    await sql`drop trigger ${sql.raw(`visit_day_cells_${name}`)}`.execute(db);
  }
  await sql`drop table visit_day_cells_paused`.execute(db);
  await sql`create trigger visit_day_cells_insert after insert on visits begin ${addNew} end`.execute(db);
  await sql`create trigger visit_day_cells_delete after delete on visits begin ${removeOld} end`.execute(db);
  await sql`create trigger visit_day_cells_update
    after update of ${sql.raw(KEY.filter((key) => key !== 'is_refused').join(', '))}, refusal_reason on visits
    begin ${removeOld} ${addNew} end`.execute(db);
}
