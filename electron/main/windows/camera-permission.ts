import { isAppUrl } from './app-url';

/** What a permission request or check says about itself (the parts of Electron's details we look at). */
export interface PermissionAsk {
  permission: string;
  /** The page asking: `details.requestingUrl` of a request, or the requesting origin of a check. */
  requestingUrl: string | undefined;
  /** `details.mediaTypes` of a request, or `[details.mediaType]` of a check. */
  mediaTypes: readonly string[] | undefined;
}

/**
 * The one permission the app grants: the camera ("Quét CCCD" reads the card's QR code), video only, to
 * the app's own pages. Microphone, screen capture, other origins and every other permission stay denied.
 */
export function isCameraAllowed(ask: PermissionAsk): boolean {
  if (ask.permission !== 'media') return false;
  if (ask.requestingUrl === undefined || !isAppUrl(ask.requestingUrl)) return false;
  const types = ask.mediaTypes ?? [];
  return types.length > 0 && types.every((type) => type === 'video');
}
