import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

const SEARCH_TABLES = ['person_search', 'visit_search', 'case_search'] as const;

/** Pages merged per step: a few milliseconds of work, so an officer's next click never waits long. */
const PAGES_PER_STEP = 64;

/** Steps at most per idle spell; a large import is caught up over several spells. */
const MAX_STEPS = 200;

/** FTS5's structure record (row 10 of the table's `_data`): it changes exactly when segments are merged. */
async function structure(db: Kysely<DB>, table: string): Promise<string> {
  const row = await sql<{
    s: string | null;
  }>`select hex(block) as s from ${sql.table(`${table}_data`)} where id = 10`.execute(db);
  return row.rows[0]?.s ?? '';
}

/** One bounded merge step on each search table; true when any of them still had work. */
export async function mergeSearchStep(db: Kysely<DB>): Promise<boolean> {
  let isWorkDone = false;
  for (const table of SEARCH_TABLES) {
    const before = await structure(db, table);
    await sql`insert into ${sql.table(table)} (${sql.ref(table)}, rank) values ('merge', ${PAGES_PER_STEP})`.execute(
      db,
    );
    if ((await structure(db, table)) !== before) isWorkDone = true;
  }
  return isWorkDone;
}

export interface SearchMaintenance {
  /** A write added search terms: merge when the app is next idle. */
  schedule(): void;
  /** Stops any pending merge (closing the database). */
  stop(): void;
}

/**
 * Merges the full-text indexes after saves, a step at a time, off the save's own path: the save has
 * committed and answered before the first step runs, and each step yields to waiting requests.
 */
export function createSearchMaintenance(
  db: Kysely<DB>,
  onError: (error: unknown) => void,
  delayMs = 1_000,
): SearchMaintenance {
  let timer: NodeJS.Timeout | null = null;
  let isStopped = false;
  const run = async () => {
    timer = null;
    for (let step = 0; step < MAX_STEPS && !isStopped; step++) {
      if (!(await mergeSearchStep(db))) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return {
    schedule() {
      if (isStopped || timer !== null) return;
      timer = setTimeout(
        () =>
          void run().catch((error: unknown) => {
            isStopped = true;
            onError(error);
          }),
        delayMs,
      );
      // Never what keeps a process (the CLI, a test) alive.
      timer.unref();
    },
    stop() {
      isStopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
