import { app } from 'electron';

/**
 * Chromium formats date and time inputs by the app's locale, not the page's lang: an office PC set to
 * English would show mm/dd/yyyy and AM/PM. The app runs in Vietnamese (dd/mm/yyyy, 24 giờ) whatever the
 * system language. Must run before the app is ready.
 */
export function useVietnameseLocale(): void {
  app.commandLine.appendSwitch('lang', 'vi-VN');
}
