import { net, protocol } from 'electron';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { safeJoin } from '../host/static-files';
import { APP_HOST, APP_SCHEME } from './app-url';

export { isAppUrl } from './app-url';

/** Must run before the app is ready: the scheme behaves like https (origin, fetch, storage). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://tiepdan/; route paths get index.html like the HTTP host. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Không tìm thấy trang.', { status: 404 });
    const target =
      extname(url.pathname) === '' ? join(rendererDir, 'index.html') : safeJoin(rendererDir, url.pathname);
    if (target === null) return new Response('Không tìm thấy trang.', { status: 404 });
    return net.fetch(pathToFileURL(target).toString());
  });
}
