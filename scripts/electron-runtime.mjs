// Finding the Electron runtime, and the SQLite module built for its ABI, for `npm start` and `npm run dist`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** First line of the reason the download failed (no stack trace for the officer). */
function shortReason(output) {
  const line = output.split('\n').find((text) => /error|ENOTFOUND|EAI_AGAIN|ECONN|getaddrinfo/i.test(text));
  return (line ?? 'không rõ lý do').trim().slice(0, 160);
}

/**
 * The Electron binary's path, downloading it on first use (what `require('electron')` does), or the
 * reason it cannot be had (no internet here).
 */
export function findElectron(root) {
  const pkgDir = join(root, 'node_modules', 'electron');
  if (!existsSync(pkgDir)) return { ok: false, reason: 'gói electron chưa được cài (hãy chạy npm install)' };
  const install = spawnSync(process.execPath, [join(pkgDir, 'install.js')], {
    cwd: pkgDir,
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (install.status !== 0) return { ok: false, reason: shortReason(`${install.stdout}\n${install.stderr}`) };
  return {
    ok: true,
    path: require(join(pkgDir, 'index.js')),
    version: require(join(pkgDir, 'package.json')).version,
  };
}

/**
 * better-sqlite3 compiled for Electron's ABI into dist/native/, leaving node_modules' copy (Node's ABI,
 * used by tests and the CLI) untouched. Needs Electron's headers: only where the internet is reachable.
 */
export function electronSqliteBinding(root, electronVersion) {
  const target = join(root, 'dist', 'native', `electron-${electronVersion}`);
  const binary = join(target, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binary)) return { ok: true, path: binary };
  mkdirSync(target, { recursive: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), target, {
    recursive: true,
    filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
  });
  const gyp = spawnSync(
    join(root, 'node_modules', '.bin', 'node-gyp'),
    [
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
    ],
    { cwd: target, encoding: 'utf8', shell: process.platform === 'win32' },
  );
  if (gyp.status !== 0) return { ok: false, reason: shortReason(`${gyp.stdout}\n${gyp.stderr}`) };
  return { ok: true, path: binary };
}

export function packageVersion(root) {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}
