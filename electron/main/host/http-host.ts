import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallError } from '../../../shared/contract/envelope';
import type { EventBus } from '../registry/event-bus';
import type { Registry } from '../registry/registry';
import { bearerToken, hasToken, isAllowedHost, isAllowedOrigin } from './http-guard';
import { readJsonBody } from './json-body';
import { ensureSessionCookie } from './session-cookie';
import { openEventStream } from './sse';
import { serveStatic } from './static-files';

export interface HttpHostOptions {
  registry: Registry;
  events: EventBus;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Fixed token for tests; a fresh random one per launch otherwise. */
  token?: string;
}

export interface HttpHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const CALL_PREFIX = '/api/call/';

/** The call name from the path; null when its percent-encoding is broken (`%`, `%E0%A4%A`…). */
function decodeCallName(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, error: CallError): void {
  sendJson(res, status, { ok: false, error });
}

const FOREIGN: CallError = {
  code: 'FORBIDDEN',
  message: 'Yêu cầu đến từ một trang không thuộc ứng dụng Tiếp Dân nên bị từ chối.',
};
const NO_TOKEN: CallError = {
  code: 'UNAUTHORIZED',
  message: 'Thiếu hoặc sai mã phiên làm việc; hãy mở ứng dụng bằng đường dẫn in ra khi khởi động.',
};

/**
 * The loopback adapter: the same registry as Electron's IPC, over HTTP on 127.0.0.1 only, guarded by a
 * per-launch token, a Host check (DNS rebinding) and an Origin check (foreign pages).
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => refuse(res, 500, { code: 'INTERNAL', message: 'Lỗi máy chủ cục bộ.' }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req, port) || !isAllowedOrigin(req, port)) return refuse(res, 403, FOREIGN);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const sessionKey = ensureSessionCookie(req, res);
    if (url.pathname.startsWith(CALL_PREFIX)) {
      if (req.method !== 'POST') {
        return refuse(res, 405, {
          code: 'MALFORMED_REQUEST',
          message: 'Lệnh gọi phải dùng phương thức POST.',
        });
      }
      if (!hasToken(bearerToken(req), token)) return refuse(res, 401, NO_TOKEN);
      const body = await readJsonBody(req);
      if (!body.ok) return refuse(res, body.status, body.error);
      const name = decodeCallName(url.pathname.slice(CALL_PREFIX.length));
      if (name === null) {
        return refuse(res, 400, { code: 'MALFORMED_REQUEST', message: 'Tên lệnh gọi không hợp lệ.' });
      }
      const result = await options.registry.invoke(name, body.value, { transport: 'http', sessionKey });
      return sendJson(res, 200, result);
    }
    if (url.pathname === '/api/events') {
      if (!hasToken(url.searchParams.get('token'), token)) return refuse(res, 401, NO_TOKEN);
      openEventStream(res, options.events);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return refuse(res, 405, { code: 'MALFORMED_REQUEST', message: 'Phương thức không được hỗ trợ.' });
    }
    await serveStatic(options.staticDir, url.pathname, res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
