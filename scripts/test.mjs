// `npm test`: lint, type checks, unit tests (Vitest), build, end-to-end tests (Playwright + Debian
// Chromium). Every step runs even when an earlier one fails; the last line sums them up as
// "N passed, N failed" (lint and each type check count as one check each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('ESLint', bin('eslint'), ['.', '--max-warnings', '0']);
check('Kiểu (node: electron, shared, test)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']);
check('Kiểu (web: renderer, shared)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.web.json']);
check('Electronegativity (electron/)', process.execPath, [join(root, 'scripts/electronegativity.mjs')]);

const vitestJson = join(results, 'vitest.json');
rmSync(vitestJson, { force: true });
const unitOk = run('Vitest (unit, migrations, components)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const unit = readJson(vitestJson);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
  if (unit.numFailedTests > 0) failures.push(`Vitest: ${unit.numFailedTests} test`);
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) {
  failed += 1;
  failures.push('Vitest (không chạy được)');
}

if (run('Dựng ứng dụng (dist/)', process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'])) {
  const e2eJson = join(results, 'playwright.json');
  rmSync(e2eJson, { force: true });
  const e2eOk = run(
    'Playwright (end-to-end, Chromium)',
    bin('playwright'),
    ['test', '--reporter=list,json'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
    },
  );
  const e2e = existsSync(e2eJson) ? readJson(e2eJson) : null;
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
    skipped += e2e.stats.skipped;
    if (e2e.stats.unexpected > 0) failures.push(`Playwright: ${e2e.stats.unexpected} test`);
  }
  if (!e2eOk && (!e2e || e2e.stats.unexpected === 0)) {
    failed += 1;
    failures.push('Playwright (không chạy được)');
  }
} else {
  failed += 1;
  failures.push('Dựng ứng dụng');
}

console.log('');
if (skipped > 0) console.log(`${skipped} skipped (lý do in ở từng test)`);
if (failures.length > 0) console.log(`Lỗi: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
