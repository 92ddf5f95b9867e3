import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './app-url';
import { hardenSession, hardenWebContents } from './hardening';
import { mainWindowOptions, secureWebPreferences } from './security-options';

describe('window security options', () => {
  it('pin the baseline of DESIGN §5', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
    expect(mainWindowOptions('/p.cjs', '/i.png').webPreferences).toEqual(secureWebPreferences('/p.cjs'));
  });
});

type Handler = (...args: unknown[]) => unknown;

function fakeContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: Handler = () => undefined;
  const contents = {
    on: (name: string, handler: Handler) => handlers.set(name, handler),
    setWindowOpenHandler: (handler: Handler) => (openHandler = handler),
  } as unknown as WebContents;
  return { contents, handlers, open: (url: string) => openHandler({ url }) };
}

describe('web contents hardening', () => {
  it('denies navigation away from the app and allows app:// pages', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal: vi.fn() });
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = { preventDefault: vi.fn() };
      fake.handlers.get(event)?.(away, 'https://evil.example/');
      expect(away.preventDefault).toHaveBeenCalledOnce();
      const inside = { preventDefault: vi.fn() };
      fake.handlers.get(event)?.(inside, 'app://tiepdan/so-tiep-cong-dan');
      expect(inside.preventDefault).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    fake.handlers.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies new windows and hands only https links to the system browser', () => {
    const fake = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    hardenWebContents(fake.contents, { openExternal });
    expect(fake.open('https://thanhtra.gov.vn/')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://thanhtra.gov.vn/']]);
  });

  it('denies every permission request and check', () => {
    let requestHandler: Handler = () => undefined;
    let checkHandler: Handler = () => true;
    const session = {
      setPermissionRequestHandler: (handler: Handler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: Handler) => (checkHandler = handler),
    } as unknown as Session;
    hardenSession(session);
    const callback = vi.fn();
    requestHandler({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(checkHandler({}, 'media')).toBe(false);
    // The one exception: the camera, video only, for the app's own page ("Quét CCCD").
    requestHandler({}, 'media', callback, { requestingUrl: 'app://tiepdan/', mediaTypes: ['video'] });
    requestHandler({}, 'media', callback, {
      requestingUrl: 'app://tiepdan/',
      mediaTypes: ['video', 'audio'],
    });
    expect(callback.mock.calls).toEqual([[false], [true], [false]]);
    expect(checkHandler({}, 'media', 'app://tiepdan', { mediaType: 'video' })).toBe(true);
    expect(checkHandler({}, 'media', 'https://example.vn', { mediaType: 'video' })).toBe(false);
  });
});

describe('app URLs', () => {
  it.each([
    ['app://tiepdan/', true],
    ['app://tiepdan/print/receipt/1', true],
    ['app://other/', false],
    ['http://127.0.0.1:47320/', false],
    ['file:///index.html', false],
    ['not a url', false],
  ])('%s is an app page: %s', (url, expected) => expect(isAppUrl(url)).toBe(expected));

  it.each([
    ['https://example.vn', true],
    ['http://example.vn', false],
    ['smb://share', false],
    ['', false],
  ])('%s is a safe external link: %s', (url, expected) => expect(isSafeExternalUrl(url)).toBe(expected));
});
