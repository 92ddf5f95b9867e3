// `npm start`: builds, then launches the Electron app. Where the Electron runtime cannot be obtained
// (no internet to download it), says so in one line and serves the same app from the loopback host.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { electronSqliteBinding, findElectron } from './electron-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

function startWebHost(reason) {
  console.log(`Không có Electron (${reason}); Tiếp Dân chạy trên trình duyệt qua máy chủ cục bộ 127.0.0.1.`);
  run(process.execPath, [join(root, 'dist', 'main', 'web-host.cjs'), ...process.argv.slice(2)]);
}

process.env.VITE_CJS_IGNORE_WARNING = 'true';
await buildAll({ quiet: true });
const electron = findElectron(root);
if (!electron.ok) {
  startWebHost(`không tải được: ${electron.reason}`);
} else {
  const binding = electronSqliteBinding(root, electron.version);
  if (!binding.ok) startWebHost(`không dựng được SQLite cho Electron: ${binding.reason}`);
  else
    run(electron.path, [join(root, 'dist', 'main', 'index.cjs')], { TIEPDAN_SQLITE_BINDING: binding.path });
}
