/**
 * Where a slow figure spends its time: the representative call is run on a second connection whose
 * Kysely logs every query with its duration, and the slowest queries are shown with SQLite's plan.
 */
import { Kysely, SqliteDialect } from 'kysely';
import type Database from 'better-sqlite3';
import { openSqlite } from '../../electron/main/db/create-db';
import type { DB } from '../../electron/main/db/schema';
import { formatMs } from './measure';

interface QueryTiming {
  sql: string;
  parameters: readonly unknown[];
  ms: number;
}

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** EXPLAIN QUERY PLAN as an indented tree. */
function planLines(sqlite: Database.Database, query: QueryTiming): string[] {
  try {
    const rows = sqlite.prepare(`explain query plan ${query.sql}`).all(...query.parameters) as PlanRow[];
    const depth = new Map<number, number>([[0, 0]]);
    return rows.map((row) => {
      const level = (depth.get(row.parent) ?? 0) + 1;
      depth.set(row.id, level);
      return `${'  '.repeat(level)}${row.detail}`;
    });
  } catch (error) {
    return [`  (no plan: ${String(error)})`];
  }
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Runs the probe twice (the first warms the cache) and prints the second run's queries, slowest first,
 * with their plans and parameters.
 */
export async function printProfile(
  file: string,
  label: string,
  probe: (db: Kysely<DB>) => Promise<unknown>,
): Promise<void> {
  const sqlite = openSqlite(file);
  let timings: QueryTiming[] = [];
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      if (event.level === 'query') {
        timings.push({
          sql: event.query.sql,
          parameters: event.query.parameters,
          ms: event.queryDurationMillis,
        });
      }
    },
  });
  try {
    await probe(db);
    timings = [];
    await probe(db);
    const total = timings.reduce((sum, timing) => sum + timing.ms, 0);
    console.log(`\nProfile of "${label}": ${timings.length} queries, ${formatMs(total)} ms in SQL; slowest:`);
    for (const timing of [...timings].sort((a, b) => b.ms - a.ms).slice(0, 3)) {
      console.log(`  ${formatMs(timing.ms)} ms  ${shorten(timing.sql, 400)}`);
      console.log(`    parameters: ${shorten(JSON.stringify(timing.parameters), 200)}`);
      for (const line of planLines(sqlite, timing)) console.log(`    ${line}`);
    }
  } finally {
    await db.destroy();
  }
}
