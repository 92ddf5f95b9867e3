// Builds what `npm start`, the tests and the installers need: the renderer (Vite) and the main-side
// bundles (esbuild): Electron main, preload, the loopback web host and the command line.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Native and runtime-provided modules stay outside the bundles. */
const external = ['electron', 'better-sqlite3', 'exceljs', 'systeminformation', 'pdfkit'];

/** CommonJS bundles have no import.meta; modules that locate package files through it get __filename's URL. */
export const importMetaShim = {
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
};

const entries = {
  index: 'electron/main/index.ts',
  'web-host': 'electron/main/host/web-host-main.ts',
  cli: 'electron/main/cli/cli-main.ts',
};

export async function buildAll({ quiet = false } = {}) {
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: quiet ? 'error' : 'warn' });
  // The waiting-room display plays these clips when the machine has no Vietnamese voice.
  cpSync(join(root, 'resources', 'audio'), join(root, 'dist', 'renderer', 'audio'), { recursive: true });
  await esbuild({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(root, file)])),
    outdir: join(root, 'dist/main'),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    logLevel: 'warning',
    ...importMetaShim,
  });
  await esbuild({
    entryPoints: { preload: join(root, 'electron/preload/index.ts') },
    outdir: join(root, 'dist/main'),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quiet = process.argv.includes('--quiet');
  const started = Date.now();
  await buildAll({ quiet });
  if (!quiet) console.log(`Đã dựng xong dist/ trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
}
