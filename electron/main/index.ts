import { app, session, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createAppCore } from './app-core';
import { registerIpc } from './ipc/ipc-adapter';
import { openAppData, relaunchAfter } from './electron-data';
import { createElectronPrinter } from './print/electron-printer';
import { startDailyBackup } from './services/backup/backup-calls';
import { registerAppScheme, serveRenderer } from './windows/app-protocol';
import { hardenSession, hardenWebContents } from './windows/hardening';
import { keepDisplayOnSecondScreen } from './windows/display-window';
import { useVietnameseLocale } from './windows/locale';
import { createMainWindow } from './windows/main-window';

let mainWindow: BrowserWindow | null = null;

function logError(message: string, error: unknown): void {
  console.error(`[tiepdan] ${message}:`, error);
}

async function start(): Promise<void> {
  const opened = await openAppData();
  if (opened === null) return;
  const core = createAppCore(opened.db, logError, {
    printer: createElectronPrinter(join(__dirname, 'preload.cjs')),
    withDatabaseClosed: relaunchAfter(opened),
  });
  hardenSession(session.defaultSession);
  serveRenderer(join(__dirname, '..', 'renderer'));
  registerIpc(core.registry, core.events);
  const preload = join(__dirname, 'preload.cjs');
  mainWindow = createMainWindow(preload, join(__dirname, '..', '..', 'resources', 'icons', 'icon.png'));
  keepDisplayOnSecondScreen(preload);
  startDailyBackup(opened.db, (line) => console.log(`[tiepdan] ${line}`));
  app.on('will-quit', () => {
    core.close();
    void opened.db.destroy();
  });
}

useVietnameseLocale();
registerAppScheme();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
app.on('window-all-closed', () => app.quit());

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  void app.whenReady().then(start);
}
