import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './app-url';
import { mainWindowOptions } from './security-options';

/** The officer's window, shown once its first paint is ready. */
export function createMainWindow(preloadPath: string, iconPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, iconPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/`);
  return window;
}
