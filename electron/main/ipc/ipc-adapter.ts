import { BrowserWindow, ipcMain, type WebFrameMain } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../../shared/contract/window-api';
import type { EventBus } from '../registry/event-bus';
import type { Registry } from '../registry/registry';
import { isAppUrl } from '../windows/app-protocol';

/** Only the app's own pages may call main; a frame from anywhere else is refused. */
export function isTrustedSender(frame: WebFrameMain | null): boolean {
  return frame !== null && isAppUrl(frame.url);
}

/**
 * One desktop app is one workstation with one signed-in officer at a time, so every window of the app
 * (the main window, print windows) shares one session.
 */
const APP_SESSION_KEY = 'electron-app';

/** Mounts the registry on Electron IPC and forwards bus events to every window. */
export function registerIpc(registry: Registry, events: EventBus): () => void {
  ipcMain.handle(IPC_CALL_CHANNEL, (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      return {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'Lệnh gọi đến từ một trang không thuộc ứng dụng nên bị từ chối.',
        },
      };
    }
    return registry.invoke(name, input, { transport: 'electron', sessionKey: APP_SESSION_KEY });
  });
  const unsubscribe = events.subscribe((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, name, payload);
    }
  });
  return () => {
    ipcMain.removeHandler(IPC_CALL_CHANNEL);
    unsubscribe();
  };
}
