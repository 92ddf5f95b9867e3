import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppCore } from '../app-core';
import { databasePath, resolveDataDir } from '../data-dir';
import { openDatabase } from '../open-database';
import { startDailyBackup } from '../services/backup/backup-calls';
import { assertDatabaseHealthy } from '../services/backup/health';
import { startHttpHost, type HttpHost } from './http-host';

/** Port a TV browser can bookmark for /display; a free one is taken when it is busy. */
const PREFERRED_PORT = 47320;

function logError(message: string, error: unknown): void {
  console.error(`[tiepdan] ${message}:`, error);
}

async function listen(options: Parameters<typeof startHttpHost>[0]): Promise<HttpHost> {
  try {
    return await startHttpHost(options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.port === 0) throw error;
    return startHttpHost({ ...options, port: 0 });
  }
}

/**
 * `--clock-start <ISO instant>`: the services' clock starts there and runs in real time. Only the
 * end-to-end tests use it, for flows that need a working day (a scheduled sitting) whatever day they run.
 */
function clockOption(start: string | undefined): { clock?: () => Date } {
  if (start === undefined) return {};
  const startMs = Date.parse(start);
  if (Number.isNaN(startMs))
    throw new Error(`--clock-start "${start}" không phải thời điểm ISO-8601 hợp lệ.`);
  const launchedMs = Date.now();
  return { clock: () => new Date(startMs + (Date.now() - launchedMs)) };
}

/**
 * The browser fallback and the end-to-end tests' server: opens the data folder, migrates, serves the
 * renderer and the registry on 127.0.0.1, and prints a machine-readable ready line.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'static-dir': { type: 'string' },
      'clock-start': { type: 'string' },
    },
  });
  const dataDir = values['data-dir'] ?? resolveDataDir();
  // A damaged file is not served: the error names the newest good backup and the restore command.
  assertDatabaseHealthy(databasePath(dataDir));
  const opened = await openDatabase(dataDir);
  const core = createAppCore(opened.db, logError, clockOption(values['clock-start']));
  const host = await listen({
    registry: core.registry,
    events: core.events,
    staticDir: values['static-dir'] ?? join(__dirname, '..', 'renderer'),
    port: values.port === undefined ? PREFERRED_PORT : Number(values.port),
  });
  const openUrl = `${host.url}?token=${encodeURIComponent(host.token)}`;
  console.log(`Tiếp Dân đang chạy tại: ${openUrl}`);
  console.log(`Màn hình phòng chờ (TV): ${host.url}display?token=${encodeURIComponent(host.token)}`);
  console.log(`Thư mục dữ liệu: ${dataDir}`);
  console.log(`TIEPDAN_READY ${JSON.stringify({ url: host.url, token: host.token, dataDir, openUrl })}`);
  startDailyBackup(opened.db, (line) => console.log(`[tiepdan] ${line}`));

  const stop = () => {
    void host
      .close()
      .then(() => opened.db.destroy())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
