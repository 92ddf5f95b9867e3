import { sql, type Kysely } from 'kysely';

/**
 * FTS5 merges its index segments inside whichever write happens to flush them ("automerge"): on a
 * million-visit register that put 20–300 ms of merging into one save in twenty. Automatic merging is
 * turned off here; the app merges in small steps when it is idle instead (search-maintenance.ts), and
 * FTS5's own crisis merge still bounds the segments if the app is never idle.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['person_search', 'visit_search', 'case_search']) {
    await sql`insert into ${sql.table(table)} (${sql.ref(table)}, rank) values ('automerge', 0)`.execute(db);
  }
}
