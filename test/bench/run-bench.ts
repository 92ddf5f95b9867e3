/**
 * `npm run bench`: the acceptance figures, measured through the real services on a copy of the
 * generated register. Prints each figure with p50/p95/max, RSS after each phase, and a PASS/FAIL table.
 * Informational: exits 0 whatever the figures, non-zero only when the bench itself fails.
 *
 * Options: --size full|medium|small (default full), --visits/--persons/--cases/--seed N,
 * --iterations N (default 200), --import-rows N (default 100000), --skip-import, --explain (query plans
 * for every figure; failing figures always get them), --tally-only (only the tally figures), --import-only
 * (only the import figures).
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyDatabase, openBench, type BenchContext } from './bench-context';
import { ensureDataset, ROOT } from './generate/generate';
import { paramsFromArgs } from './generate/params';
import { boundFigure, printSummary } from './report';
import { describeStats } from './measure';
import { benchImport } from './phases/import';
import type { Measured } from './phases/measured';
import { benchRegister } from './phases/register';
import { benchSave } from './phases/save';
import { benchSearch } from './phases/search';
import { benchTally } from './phases/tally';
import { printProfile } from './profile';

const MEMORY_TARGET_MB = 300;

/** Latencies mean little on a busy machine: the load is printed with them. */
function describeLoad(): string {
  const [one, five] = loadavg();
  return `load average ${one?.toFixed(2)} (1 min), ${five?.toFixed(2)} (5 min) on ${cpus().length} CPUs`;
}

function numberArg(argv: readonly string[], flag: string, fallback: number): number {
  const index = argv.indexOf(flag);
  const value = index >= 0 ? Number(argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} must be a positive integer.`);
  return value;
}

/** Generation runs in its own process, so its memory never counts towards the bench's RSS. */
function generateInChild(argv: readonly string[]): void {
  const script = fileURLToPath(new URL('./generate/generate.ts', import.meta.url));
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, ...argv], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (child.status !== 0) throw new Error(`Data set generation failed (exit ${String(child.status)}).`);
}

async function runPhase(
  bench: BenchContext,
  title: string,
  phase: () => Promise<Measured[]>,
): Promise<Measured[]> {
  console.log(`\n${title}`);
  const measured = await phase();
  for (const { figure, stats } of measured)
    if (stats !== null) console.log(describeStats(figure.name, stats));
  bench.memory.report(title.toLowerCase());
  return measured;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const { size, params } = paramsFromArgs(argv);
  generateInChild(argv);
  // The child has printed the data set line; this only finds the file it built or reused.
  const dataset = await ensureDataset(size, params);
  const file = copyDatabase(dataset.file, size);
  const bench = await openBench(file, {
    seed: params.seed,
    iterations: numberArg(argv, '--iterations', 200),
    isExplainAll: argv.includes('--explain'),
  });
  console.log(`Machine: ${describeLoad()}`);
  bench.memory.startSampling();
  bench.memory.report('opening the database');
  const isTallyOnly = argv.includes('--tally-only');
  const isImportOnly = argv.includes('--import-only');
  const measured: Measured[] =
    isTallyOnly || isImportOnly
      ? []
      : [
          ...(await runPhase(bench, 'Save', () => benchSave(bench))),
          ...(await runPhase(bench, 'Search', () => benchSearch(bench))),
          ...(await runPhase(bench, 'Register', () => benchRegister(bench))),
        ];
  if (!isImportOnly) measured.push(...(await runPhase(bench, 'Tally', () => benchTally(bench))));
  if (!argv.includes('--skip-import') && !isTallyOnly) {
    const rows = numberArg(argv, '--import-rows', 100_000);
    measured.push(...(await runPhase(bench, 'Import', () => benchImport(bench, size, rows))));
  }
  bench.memory.stopSampling();
  for (const { figure, probe } of measured) {
    if (probe !== null && (figure.status === 'FAIL' || bench.isExplainAll))
      await printProfile(file, figure.name, probe);
  }
  const figures = [
    ...measured.map((m) => m.figure),
    boundFigure('main-process memory (max RSS)', bench.memory.maxMb, 'MB', MEMORY_TARGET_MB),
  ];
  await bench.db.destroy();
  if (!argv.includes('--skip-queue') && !isTallyOnly && !isImportOnly) {
    console.log('\nQueue (fresh data folder, built renderer in dist/renderer)');
    // Loaded only now: Playwright and the HTTP host are no part of what the main-process figure measures.
    const { runQueueBench } = await import('./queue/queue-bench');
    figures.push(...(await runQueueBench(join(ROOT, 'dist', 'renderer'))));
  }
  if (!argv.includes('--skip-exports') && !isImportOnly) {
    console.log('\nExports (generated TallyResult fixtures)');
    const { runExportBench } = await import('./exports/exports-bench');
    figures.push(...(await runExportBench()));
  }
  const isAllPass = printSummary(figures);
  console.log(`Machine at the end: ${describeLoad()}`);
  console.log(isAllPass ? '\nAll targets met.' : '\nSome targets missed (the bench is informational).');
}

try {
  await main();
} catch (error) {
  console.error('\nThe bench crashed:', error);
  process.exitCode = 1;
}
