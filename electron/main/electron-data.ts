import { app, dialog } from 'electron';
import { resolveDataDir, databasePath } from './data-dir';
import { openDatabase, type OpenedDatabase } from './open-database';
import { assertDatabaseHealthy } from './services/backup/health';

function refuse(title: string, error: unknown): null {
  dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
  app.quit();
  return null;
}

/**
 * Opens the register for the desktop app: a damaged file is refused with the offer of the newest good
 * backup, a file from a newer version is refused untouched; either way the app says why and quits
 * before any window opens.
 */
export async function openAppData(): Promise<OpenedDatabase | null> {
  const dataDir = resolveDataDir();
  try {
    assertDatabaseHealthy(databasePath(dataDir), dataDir);
  } catch (error) {
    return refuse('Dữ liệu Tiếp Dân bị hỏng', error);
  }
  const binding = process.env['TIEPDAN_SQLITE_BINDING'];
  return openDatabase(dataDir, binding ? { nativeBinding: binding } : {}).catch((error: unknown) =>
    refuse('Tiếp Dân không mở được dữ liệu', error),
  );
}

/** A restore from the app: close the database, let the restore run, then start the app again on it. */
export function relaunchAfter(opened: OpenedDatabase) {
  return async <T>(work: () => Promise<T>): Promise<T> => {
    await opened.db.destroy();
    try {
      return await work();
    } finally {
      setTimeout(() => {
        app.relaunch();
        app.exit(0);
      }, 500);
    }
  };
}
