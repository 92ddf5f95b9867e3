/**
 * A bare HTTP client for the property tests: sends exactly the bytes it is given (malformed JSON, BOMs,
 * binary) and reports status, headers and body text, failing loudly on a hang instead of waiting forever.
 */
import { request } from 'node:http';

/** What came back, before any interpretation. */
export interface RawReply {
  status: number;
  contentType: string;
  setCookie: string[];
  text: string;
}

/** One request as sent on the wire. */
export interface RawRequest {
  method?: string;
  /** Path and query as written on the request line; not normalised or encoded here. */
  path: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

/** A request that has not answered within this time counts as a hang. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** Sends one request to 127.0.0.1:port and resolves with the raw reply; rejects on a hang or reset. */
export function sendRaw(port: number, req: RawRequest): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method: req.method ?? 'POST',
        path: req.path,
        headers: { Host: `127.0.0.1:${port}`, ...req.headers },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            setCookie: res.headers['set-cookie'] ?? [],
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('timeout', () => {
      outgoing.destroy(
        new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms: ${req.method ?? 'POST'} ${req.path}`),
      );
    });
    outgoing.on('error', reject);
    outgoing.end(req.body);
  });
}

/** Percent-encodes every byte except unreserved characters; lone surrogates go out as U+FFFD's bytes. */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-._~:]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}
