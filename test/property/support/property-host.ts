/**
 * The real HTTP host, in-process, over a fresh migrated in-memory database, with a fixed launch token.
 * Errors the registry logs are collected: each one is an INTERNAL answer, a handler that threw.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppCore } from '../../../electron/main/app-core';
import { startHttpHost, type HttpHost } from '../../../electron/main/host/http-host';
import { contract } from '../../../shared/contract';
import { createTestDb } from '../../fixtures/test-db';
import { percentEncode, sendRaw, type RawReply } from './wire';

/** Launch token of the test host. */
export const TOKEN = 'property-test-token-20261127';

/** The administrator the signed-in runs create through `auth:setup`. */
export const ADMIN = {
  username: 'quantri',
  fullName: 'Quản trị thử nghiệm',
  password: 'mat-khau-thu-nghiem-1',
};

/** A running host and how to talk to it. */
export interface PropertyHost {
  port: number;
  /** Headers every call carries: the token, and the session cookie once signed in. */
  headers: Record<string, string>;
  /** What the registry logged since the last `takeLoggedErrors`. */
  takeLoggedErrors(): string[];
  /** POSTs a body (already serialised) to /api/call/<name>, the name percent-encoded byte by byte. */
  call(name: string, body: string | Buffer, extraHeaders?: Record<string, string>): Promise<RawReply>;
  close(): Promise<void>;
}

function describeError(message: string, error: unknown): string {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `${message}: ${detail.split('\n').slice(0, 4).join(' | ')}`;
}

/** Starts the host on a free port; nothing is signed in. */
export async function startPropertyHost(): Promise<PropertyHost> {
  const staticDir = mkdtempSync(join(tmpdir(), 'tiepdan-property-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tiếp Dân</title>');
  let logged: string[] = [];
  const db = await createTestDb();
  const core = createAppCore(db, (message, error) => logged.push(describeError(message, error)));
  const host: HttpHost = await startHttpHost({
    registry: core.registry,
    events: core.events,
    staticDir,
    port: 0,
    token: TOKEN,
  });
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${TOKEN}`,
  };
  return {
    port: host.port,
    headers,
    takeLoggedErrors: () => {
      const taken = logged;
      logged = [];
      return taken;
    },
    call: (name, body, extraHeaders = {}) =>
      sendRaw(host.port, {
        path: `/api/call/${percentEncode(name)}`,
        body,
        headers: { ...headers, ...extraHeaders },
      }),
    close: async () => {
      await host.close();
      await db.destroy();
      rmSync(staticDir, { recursive: true, force: true });
    },
  };
}

/**
 * Creates the first administrator through `auth:setup` and keeps its session cookie on the host, so
 * later calls run signed in. Returns why it could not, or null on success.
 */
export async function signInAsAdmin(host: PropertyHost): Promise<string | null> {
  if (!Object.prototype.hasOwnProperty.call(contract, 'auth:setup')) return 'the contract has no auth:setup';
  const reply = await host.call('auth:setup', JSON.stringify(ADMIN));
  const cookie = reply.setCookie[0]?.split(';')[0];
  const body = JSON.parse(reply.text) as { ok: boolean; error?: { message: string } };
  if (!body.ok) return `auth:setup refused: ${body.error?.message ?? reply.text}`;
  if (cookie === undefined) return 'auth:setup set no session cookie';
  host.headers.Cookie = cookie;
  return null;
}

/**
 * True when the host's session is still an administrator's, signing in again with `auth:login` when a
 * payload ended it (logout); false when that fails too (the administrator was deactivated or given a
 * new password), and the caller needs a fresh host.
 */
export async function isStillAdmin(host: PropertyHost): Promise<boolean> {
  const status = await host.call('auth:status', '{}');
  const body = JSON.parse(status.text) as { ok: boolean; value?: { user?: { role?: string } | null } };
  if (body.ok && body.value?.user?.role === 'admin') return true;
  const login = await host.call(
    'auth:login',
    JSON.stringify({ username: ADMIN.username, password: ADMIN.password }),
  );
  return (JSON.parse(login.text) as { ok: boolean }).ok;
}
