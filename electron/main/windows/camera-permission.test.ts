import { describe, expect, it } from 'vitest';
import { isCameraAllowed, type PermissionAsk } from './camera-permission';

describe('camera permission', () => {
  it.each<[string, PermissionAsk, boolean]>([
    [
      'camera for an app page',
      { permission: 'media', requestingUrl: 'app://tiepdan/tiep-nhan', mediaTypes: ['video'] },
      true,
    ],
    [
      'camera check from the app origin',
      { permission: 'media', requestingUrl: 'app://tiepdan', mediaTypes: ['video'] },
      true,
    ],
    [
      'camera and microphone together',
      { permission: 'media', requestingUrl: 'app://tiepdan/', mediaTypes: ['video', 'audio'] },
      false,
    ],
    [
      'microphone only',
      { permission: 'media', requestingUrl: 'app://tiepdan/', mediaTypes: ['audio'] },
      false,
    ],
    [
      'media without saying which',
      { permission: 'media', requestingUrl: 'app://tiepdan/', mediaTypes: [] },
      false,
    ],
    [
      'media with no details',
      { permission: 'media', requestingUrl: undefined, mediaTypes: undefined },
      false,
    ],
    [
      'camera for another host of the scheme',
      { permission: 'media', requestingUrl: 'app://other/', mediaTypes: ['video'] },
      false,
    ],
    [
      'camera for the loopback host',
      { permission: 'media', requestingUrl: 'http://127.0.0.1:47320/', mediaTypes: ['video'] },
      false,
    ],
    [
      'camera for a web page',
      { permission: 'media', requestingUrl: 'https://example.vn/', mediaTypes: ['video'] },
      false,
    ],
    [
      'geolocation for an app page',
      { permission: 'geolocation', requestingUrl: 'app://tiepdan/', mediaTypes: undefined },
      false,
    ],
    [
      'notifications for an app page',
      { permission: 'notifications', requestingUrl: 'app://tiepdan/', mediaTypes: undefined },
      false,
    ],
  ])('%s → %s', (_name, ask, expected) => {
    expect(isCameraAllowed(ask)).toBe(expected);
  });
});
