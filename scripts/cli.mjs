// `npm run cli -- …`: bundles the command line (fast, esbuild only) and runs it with the given arguments.
import { build } from 'esbuild';
import { importMetaShim } from './build.mjs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/main/cli.cjs');
await build({
  entryPoints: [join(root, 'electron/main/cli/cli-main.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3', 'exceljs', 'systeminformation', 'pdfkit'],
  logLevel: 'error',
  ...importMetaShim,
});
const result = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
