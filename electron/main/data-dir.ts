import { homedir } from 'node:os';
import { join } from 'node:path';

/** Folder name under the per-user application-data folder (ASCII: safe on every file system). */
export const APP_FOLDER = 'TiepDan';
export const DATABASE_FILE = 'tiepdan.db';

/**
 * Where the database and backups live: `TIEPDAN_DATA_DIR` when set, else the per-user application-data
 * folder of the platform. Electron and the browser fallback share it, so both open the same register.
 */
export function resolveDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env['TIEPDAN_DATA_DIR'];
  if (override && override.trim() !== '') return override;
  if (platform === 'win32') {
    return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  }
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), APP_FOLDER);
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}
