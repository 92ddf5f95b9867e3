/**
 * Builds (or reuses) the bench database `.bench-data/bench-<size>.db`. A JSON file beside it records the
 * generator version and parameters; the database is reused only when both match.
 *
 * Run: node --import tsx test/bench/generate/generate.ts [--size full|medium|small] [--visits N …]
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDb } from '../../../electron/main/db/create-db';
import { migrateToLatest } from '../../../electron/main/db/migrate';
import { GENERATOR_VERSION, paramsFromArgs, type GeneratorParams } from './params';
import { drawPerson, type PersonRecord } from './persons';
import { loadPlaces } from './places';
import { buildPlan } from './plan';
import {
  assignIds,
  createSchema,
  finishBulk,
  openForBulk,
  writeCases,
  writePersons,
  writeSessions,
} from './write-db';
import { writeVisits } from './write-visits';

/** The repository root and the cache folder. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BENCH_DATA = join(ROOT, '.bench-data');

export interface DatasetMeta {
  generatorVersion: number;
  size: string;
  params: GeneratorParams;
  counts: { persons: number; cases: number; visits: number; sessions: number };
  seconds: number;
  bytes: number;
}

export interface Dataset {
  file: string;
  meta: DatasetMeta;
  isReused: boolean;
}

type Log = (line: string) => void;

function paths(size: string) {
  return { file: join(BENCH_DATA, `bench-${size}.db`), metaFile: join(BENCH_DATA, `bench-${size}.json`) };
}

function readMeta(file: string): DatasetMeta | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DatasetMeta;
  } catch {
    return null;
  }
}

function removeDb(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Applies migrations added to the app since the file was generated, as an upgrade would: the data stays,
 * and the bench's copies no longer migrate on every run.
 */
async function upgradeSchema(file: string, log: Log): Promise<void> {
  const db = createDb(file);
  try {
    const { applied } = await migrateToLatest(db);
    if (applied.length > 0) log(`Migrated the cached data set: ${applied.join(', ')}`);
  } finally {
    await db.destroy();
  }
}

/** Generates the data set into `file` (created from scratch); returns the row counts. */
async function build(file: string, params: GeneratorParams, log: Log): Promise<DatasetMeta['counts']> {
  const started = Date.now();
  const lap = (what: string) => log(`  ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const { picker } = loadPlaces();
  const plan = buildPlan(params);
  lap(`plan: ${plan.cases.length} cases, ${plan.visits.count} visits, ${plan.sessions.length} sessions`);
  const taken = new Set<string>();
  const persons: PersonRecord[] = [];
  for (let slot = 0; slot < plan.personSlots; slot++)
    persons.push(drawPerson(params.seed, slot, picker, taken));
  const ids = assignIds(plan);
  lap(`${persons.length} persons drawn`);
  await createSchema(file);
  const sqlite = openForBulk(file);
  writeSessions(sqlite, plan);
  const personCount = writePersons(sqlite, persons, ids);
  lap('persons written');
  const summaries = writeCases(sqlite, plan, persons, ids, params.seed);
  lap('cases written');
  const visits = writeVisits({
    sqlite,
    plan,
    persons,
    ids,
    summaries,
    seed: params.seed,
    onProgress: (written) => {
      if (written % 200_000 === 0 || written === plan.visits.count) lap(`${written} visits written`);
    },
  });
  finishBulk(sqlite);
  return { persons: personCount, cases: plan.cases.length, visits, sessions: plan.sessions.length };
}

/** The cached database for these parameters, built first when missing or stale. */
export async function ensureDataset(
  size: string,
  params: GeneratorParams,
  log: Log = console.log,
): Promise<Dataset> {
  const { file, metaFile } = paths(size);
  const meta = readMeta(metaFile);
  const isSame =
    meta !== null &&
    meta.generatorVersion === GENERATOR_VERSION &&
    JSON.stringify(meta.params) === JSON.stringify(params) &&
    existsSync(file);
  if (isSame) {
    await upgradeSchema(file, log);
    return { file, meta, isReused: true };
  }
  mkdirSync(BENCH_DATA, { recursive: true });
  removeDb(file);
  rmSync(metaFile, { force: true });
  const partial = `${file}.partial`;
  removeDb(partial);
  log(
    `Generating ${size} data set (${params.visits} visits, ${params.persons} persons, ${params.cases} cases)…`,
  );
  const started = Date.now();
  const counts = await build(partial, params, log);
  renameSync(partial, file);
  const fresh: DatasetMeta = {
    generatorVersion: GENERATOR_VERSION,
    size,
    params,
    counts,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    bytes: statSync(file).size,
  };
  writeFileSync(metaFile, `${JSON.stringify(fresh, null, 2)}\n`);
  return { file, meta: fresh, isReused: false };
}

/** One line about the data set: counts, generation time and file size. */
export function describeDataset(dataset: Dataset): string {
  const { meta } = dataset;
  const mb = (meta.bytes / 1024 / 1024).toFixed(0);
  const how = dataset.isReused ? 'reused, generated earlier in' : 'generated in';
  return (
    `Data set ${meta.size}: ${meta.counts.visits} visits, ${meta.counts.persons} persons, ` +
    `${meta.counts.cases} cases, ${meta.counts.sessions} sessions; ${how} ${meta.seconds} s; ` +
    `file ${mb} MB (${dataset.file})`
  );
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const { size, params } = paramsFromArgs(process.argv.slice(2));
  const dataset = await ensureDataset(size, params);
  console.log(describeDataset(dataset));
}
