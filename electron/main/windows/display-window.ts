import { BrowserWindow, screen, type Display } from 'electron';
import { APP_ORIGIN } from './app-url';
import { secureWebPreferences } from './security-options';

/** The first screen that is not the primary one: the waiting-room TV. */
export function secondaryDisplay(displays: Display[], primary: Display): Display | null {
  return displays.find((display) => display.id !== primary.id) ?? null;
}

/**
 * The waiting-room display as its own full-screen window on the second screen, with the same security
 * options as every window. Returns null when only one screen is connected (the /display page still
 * works in any browser of the machine).
 */
export function openDisplayWindow(preloadPath: string): BrowserWindow | null {
  const target = secondaryDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay());
  if (target === null) return null;
  const window = new BrowserWindow({
    title: 'Tiếp Dân – Màn hình phòng chờ',
    x: target.bounds.x,
    y: target.bounds.y,
    width: target.bounds.width,
    height: target.bounds.height,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#0f1d33',
    webPreferences: secureWebPreferences(preloadPath),
  });
  void window.loadURL(`${APP_ORIGIN}/display`);
  return window;
}

/** Opens the display now if a second screen is connected, and whenever one is plugged in later. */
export function keepDisplayOnSecondScreen(preloadPath: string): void {
  let window = openDisplayWindow(preloadPath);
  screen.on('display-added', () => {
    if (window === null || window.isDestroyed()) window = openDisplayWindow(preloadPath);
  });
}
