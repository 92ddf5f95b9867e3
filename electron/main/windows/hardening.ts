import type { Session, Shell, WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './app-url';
import { isCameraAllowed } from './camera-permission';

/**
 * Every permission request (notifications, geolocation, microphone…) is denied, except the camera for
 * the app's own pages, video only (see camera-permission.ts).
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(
      isCameraAllowed({
        permission,
        requestingUrl: details?.requestingUrl,
        mediaTypes: details && 'mediaTypes' in details ? details.mediaTypes : undefined,
      }),
    ),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isCameraAllowed({
      permission,
      requestingUrl: requestingOrigin,
      mediaTypes: details && 'mediaType' in details && details.mediaType ? [details.mediaType] : undefined,
    }),
  );
}

/**
 * Navigation away from the app and new windows are denied; an https link is handed to the system
 * browser instead; webviews are never attached.
 */
export function hardenWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
