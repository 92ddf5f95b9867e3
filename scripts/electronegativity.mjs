// Electron hardening check (issue "Security", item 6): runs Doyensec's Electronegativity over the
// TypeScript sources in electron/ and exits non-zero on any finding that docs/electronegativity.md does
// not list as not applying (matched by check id and file, so a new window elsewhere is a new finding).
//
// Electronegativity's own CLI cannot start here: it requires `commander` without declaring it and gets
// this project's commander 14, whose API it predates. Its documented programmatic entry (the package's
// `main`) is used instead, with the CLI's options. It also fetches translations from the internet at
// start; that request is answered locally ("not found") so the check runs offline and says nothing.
//
// Usage: node scripts/electronegativity.mjs [--verbose]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = join(root, 'electron');
const acceptedFile = join(root, 'docs', 'electronegativity.md');
const isVerbose = process.argv.includes('--verbose');

/** Checks left out: this one downloads Electron's release list, unreachable offline (versions are pinned). */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
/** Extra Babel parser plugins for syntax the tool's defaults miss (none needed today). */
const PARSER_PLUGINS = [];

/** Answers the tool's translation download with "not found", so it keeps its bundled English texts. */
function stubNetwork(require) {
  const toolRequire = createRequire(require.resolve('@doyensec/electronegativity'));
  const gotPath = toolRequire.resolve('got');
  const offline = () => Promise.resolve({ statusCode: 404, body: '' });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline, children: [] };
}

/** `| CHECK_ID | file | reason |` rows of the accepted-findings table, as "CHECK_ID file" keys. */
function readAccepted() {
  const accepted = new Map();
  for (const line of readFileSync(acceptedFile, 'utf8').split('\n')) {
    const match = /^\|\s*`?([A-Z][A-Z0-9_]+)`?\s*\|\s*`?([^|`]+?)`?\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
    if (match) accepted.set(`${match[1]} ${match[2]}`, match[3]);
  }
  return accepted;
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return String(pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '').replace(/^[^\d]*/, '');
}

async function scan() {
  const require = createRequire(import.meta.url);
  stubNetwork(require);
  const run = require('@doyensec/electronegativity');
  return run(
    {
      input,
      isRelative: true,
      electronVersionOverride: electronVersion(),
      excludeFromScan: EXCLUDED_CHECKS,
      parserPlugins: PARSER_PLUGINS,
    },
    false,
  );
}

function report(result, accepted) {
  const seen = new Set();
  let newFindings = 0;
  for (const issue of result.issues) {
    const key = `${issue.id} ${issue.file}`;
    const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
    const label = `${issue.severity.name}/${issue.confidence.name}`;
    seen.add(key);
    if (accepted.has(key)) {
      if (isVerbose) console.log(`  chấp nhận  ${issue.id} ${where}: ${accepted.get(key)}`);
    } else {
      newFindings += 1;
      console.log(
        `  MỚI        ${issue.id} ${where} (${label}) ${issue.description}\n             ${issue.shortenedURL}`,
      );
    }
  }
  for (const key of accepted.keys()) {
    if (!seen.has(key))
      console.log(`  (không còn gặp: ${key}; có thể xóa dòng này khỏi docs/electronegativity.md)`);
  }
  return newFindings;
}

const accepted = readAccepted();
const result = await scan();
const unparsed = result.errors.filter((error) => !error.tolerable);
for (const error of result.errors) console.log(`  không đọc được ${error.file}: ${error.message}`);
const newFindings = report(result, accepted);
const total = result.issues.length;
console.log(
  `Electronegativity (${result.globalChecks + result.atomicChecks} kiểm tra, thư mục electron/): ` +
    `${total} phát hiện, ${total - newFindings} đã ghi nhận là không áp dụng, ${newFindings} mới, ` +
    `${unparsed.length} tệp không đọc được.`,
);
if (newFindings > 0) {
  console.log('Hãy sửa mã, hoặc ghi vào docs/electronegativity.md (kèm lý do) nếu phát hiện không áp dụng.');
}
process.exit(newFindings === 0 && unparsed.length === 0 ? 0 : 1);
