/**
 * What every bench phase shares: a working copy of the generated database opened the way the app opens it,
 * a service context with a stepping clock, a seeded random source and the memory watch.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { createDb } from '../../electron/main/db/create-db';
import { migrateToLatest } from '../../electron/main/db/migrate';
import type { DB } from '../../electron/main/db/schema';
import { createEventBus } from '../../electron/main/registry/event-bus';
import type { ServiceContext } from '../../electron/main/services/context';
import { BENCH_DATA } from './generate/generate';
import { Rng, mixSeed, STREAM } from './generate/prng';
import { DEFAULT_REPEAT, MemoryWatch, type RepeatOptions } from './measure';

/** 08:00 on 27/11/2026 in Vietnam: after the last generated visit (30/10/2026). */
export const BENCH_START = Date.parse('2026-11-27T01:00:00Z');
const CLOCK_STEP_MS = 20_000;

export interface BenchContext {
  file: string;
  db: Kysely<DB>;
  ctx: ServiceContext;
  memory: MemoryWatch;
  rng: Rng;
  seed: number;
  repeat: RepeatOptions;
  /** Print query plans for every figure, not only for failing ones. */
  isExplainAll: boolean;
  maxIds: { visit: number; person: number; case: number };
}

/** A clock that moves 20 s per call, from BENCH_START: every save gets its own plausible "now". */
function steppingClock(): () => Date {
  let calls = 0;
  return () => new Date(BENCH_START + CLOCK_STEP_MS * calls++);
}

/** A pristine copy of the cached database, so the cache is never written by the bench. */
export function copyDatabase(source: string, size: string): string {
  const target = join(BENCH_DATA, `work-${size}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  copyFileSync(source, target);
  return target;
}

async function maxId(db: Kysely<DB>, table: 'visits' | 'persons' | 'cases'): Promise<number> {
  const row = await sql<{ n: number | null }>`select max(id) as n from ${sql.table(table)}`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}

/** Opens the working copy as the app does (createDb + migrateToLatest, which finds nothing to do). */
export async function openBench(
  file: string,
  options: { seed: number; iterations?: number; isExplainAll: boolean },
): Promise<BenchContext> {
  const db = createDb(file);
  await migrateToLatest(db);
  const ctx: ServiceContext = {
    db,
    clock: steppingClock(),
    events: createEventBus(),
    actor: { userId: null, displayName: 'Cán bộ đo hiệu năng' },
  };
  return {
    file,
    db,
    ctx,
    memory: new MemoryWatch(),
    rng: new Rng(mixSeed(options.seed, STREAM.bench, 0)),
    seed: options.seed,
    repeat: { ...DEFAULT_REPEAT, iterations: options.iterations ?? DEFAULT_REPEAT.iterations },
    isExplainAll: options.isExplainAll,
    maxIds: {
      visit: await maxId(db, 'visits'),
      person: await maxId(db, 'persons'),
      case: await maxId(db, 'cases'),
    },
  };
}
