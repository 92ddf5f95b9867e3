// `npm run bench [-- --size small|medium|full …]`: generates (or reuses) the bench data set in .bench-data/
// and measures the acceptance figures through the real services (test/bench/run-bench.ts, run with tsx).
// Informational: exits 0 whatever the figures; non-zero only when the bench itself fails.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The queue figures open the built /display page in Chromium.
spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(root, 'test/bench/run-bench.ts'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
if (result.error) console.error(result.error);
process.exit(result.status ?? 1);
