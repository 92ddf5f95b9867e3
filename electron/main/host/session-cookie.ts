import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const SESSION_COOKIE = 'tiepdan_sid';
const KEY_PATTERN = /^[A-Za-z0-9_-]{32,64}$/;

/** The session key from the request's cookie, if well-formed. */
export function readSessionCookie(req: IncomingMessage): string | null {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    const value = rest.join('=');
    if (name === SESSION_COOKIE && KEY_PATTERN.test(value)) return value;
  }
  return null;
}

/**
 * Every browser tab of the app carries a session key in an HttpOnly, SameSite=Strict cookie: scripts
 * cannot read it and other sites cannot send it. Sign-in binds a user to the key.
 */
export function ensureSessionCookie(req: IncomingMessage, res: ServerResponse): string {
  const existing = readSessionCookie(req);
  if (existing !== null) return existing;
  const key = randomBytes(32).toString('base64url');
  res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${key}; HttpOnly; SameSite=Strict; Path=/`);
  return key;
}
