// `npm run dist`: installers through electron-builder. It needs Electron's runtime and headers from the
// internet; where they cannot be downloaded it stops with one clear line instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { findElectron } from './electron-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electron = findElectron(root);
if (!electron.ok) {
  console.error(
    `Không đóng gói được: cần tải Electron từ Internet để dựng bộ cài, nhưng tải thất bại (${electron.reason}). ` +
      'Hãy chạy npm run dist trên máy có Internet.',
  );
  process.exit(1);
}
await buildAll({ quiet: true });
const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['--win', '--linux'];
const builder = spawnSync(join(root, 'node_modules', '.bin', 'electron-builder'), targets, {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
// electron-builder rebuilt better-sqlite3 in node_modules for Electron; put Node's build back for the
// tests and the command line.
spawnSync('npm', ['rebuild', 'better-sqlite3'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(builder.status ?? 1);
