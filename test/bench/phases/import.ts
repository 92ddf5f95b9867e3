/**
 * Figure 4: importing 100,000 register rows through the real importRegisterFile (parse, validate, one
 * transaction). Measured only when the service exists; otherwise the bench says so and goes on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ServiceContext } from '../../../electron/main/services/context';
import type { BenchContext } from '../bench-context';
import { BENCH_DATA, ROOT } from '../generate/generate';
import { timeOnce, toMb } from '../measure';
import { boundFigure, skippedFigure } from '../report';
import type { Measured } from './measured';

const MODULE = join(ROOT, 'electron/main/services/register-import/import-register.ts');
const TARGET_SECONDS = 60;

type ImportFn = (ctx: ServiceContext, filePath: string, options: { dryRun: boolean }) => Promise<unknown>;

/** The service if it is there: loaded by path so the bench builds before the service exists. */
async function loadImporter(): Promise<ImportFn | null> {
  if (!existsSync(MODULE)) return null;
  const loaded = (await import(pathToFileURL(MODULE).href)) as { importRegisterFile?: unknown };
  return typeof loaded.importRegisterFile === 'function' ? (loaded.importRegisterFile as ImportFn) : null;
}

/** The CSV written by a child process (see import-csv-child.ts); the number of cases in it. */
function writeCsvInChild(bench: BenchContext, file: string, rows: number): number {
  const script = fileURLToPath(new URL('./import-csv-child.ts', import.meta.url));
  const args = [bench.file, file, rows, bench.seed, bench.maxIds.person].map(String);
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`Writing the import CSV failed (exit ${String(child.status)}).`);
  return Number(child.stdout.trim());
}

/** The XLSX dry run measured in a child process (see import-xlsx-child.ts). */
function checkXlsxInChild(bench: BenchContext, csv: string, xlsx: string) {
  const script = fileURLToPath(new URL('./import-xlsx-child.ts', import.meta.url));
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, bench.file, csv, xlsx], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`Checking the import XLSX failed (exit ${String(child.status)}).`);
  return JSON.parse(child.stdout.trim()) as {
    seconds: number;
    peakMb: number;
    validRows: number;
    bytes: number;
  };
}

/** Counts of the service's result, and the first few problems, whatever its exact shape. */
function describeResult(result: unknown): string {
  if (typeof result !== 'object' || result === null) return String(result);
  const entries = Object.entries(result as Record<string, unknown>);
  const numbers = entries
    .filter(([, value]) => typeof value === 'number')
    .map(([key, value]) => `${key} ${String(value)}`);
  const problems = (result as { problems?: { severity?: string; message?: string }[] }).problems ?? [];
  const errors = problems.filter((problem) => problem.severity === 'error');
  const sample = errors.slice(0, 3).map((problem) => `      ${problem.message ?? ''}`);
  return [`${numbers.join(', ')}; problems ${problems.length} (errors ${errors.length})`, ...sample].join(
    '\n',
  );
}

export async function benchImport(bench: BenchContext, size: string, rows: number): Promise<Measured[]> {
  const importer = await loadImporter();
  const name = `import ${rows.toLocaleString('en-US')} register rows`;
  if (importer === null) {
    console.log('import: not measured (importRegisterFile not present)');
    return [
      {
        figure: skippedFigure(name, 'not measured (importRegisterFile not present)', `< ${TARGET_SECONDS} s`),
        stats: null,
        probe: null,
      },
    ];
  }
  const file = join(BENCH_DATA, `import-${size}-${rows}.csv`);
  const written = await timeOnce(() => Promise.resolve(writeCsvInChild(bench, file, rows)));
  const mb = toMb(statSync(file).size).toFixed(1);
  console.log(
    `  CSV: ${rows} rows, ${written.result} cases, ${mb} MB, written in ${(written.ms / 1000).toFixed(1)} s`,
  );
  const dry = await timeOnce(() => importer(bench.ctx, file, { dryRun: true }));
  console.log(`  dry run ${(dry.ms / 1000).toFixed(1)} s: ${describeResult(dry.result)}`);
  const real = await timeOnce(() => importer(bench.ctx, file, { dryRun: false }));
  console.log(`  import ${(real.ms / 1000).toFixed(1)} s: ${describeResult(real.result)}`);
  const xlsx = checkXlsxInChild(bench, file, join(BENCH_DATA, `import-${size}-${rows}.xlsx`));
  console.log(
    `  XLSX (${toMb(xlsx.bytes).toFixed(1)} MB), dry run in its own process: ${xlsx.seconds.toFixed(1)} s, ` +
      `${xlsx.validRows} valid rows, RSS peak ${xlsx.peakMb} MB`,
  );
  return [
    { figure: boundFigure(`${name} (dry run)`, dry.ms / 1000, 's', null), stats: null, probe: null },
    { figure: boundFigure(`${name} from XLSX (dry run)`, xlsx.seconds, 's', null), stats: null, probe: null },
    {
      figure: boundFigure('XLSX dry run process, RSS peak', xlsx.peakMb, 'MB', null),
      stats: null,
      probe: null,
    },
    { figure: boundFigure(name, real.ms / 1000, 's', TARGET_SECONDS), stats: null, probe: null },
  ];
}
