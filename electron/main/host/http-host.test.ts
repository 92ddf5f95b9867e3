import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/fixtures/test-db';
import { createAppCore } from '../app-core';
import { startHttpHost, type HttpHost } from './http-host';

let host: HttpHost;
const TOKEN = 'test-token-123';

beforeAll(async () => {
  const staticDir = mkdtempSync(join(tmpdir(), 'tiepdan-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tiếp Dân</title>');
  const core = createAppCore(await createTestDb(), () => {});
  host = await startHttpHost({
    registry: core.registry,
    events: core.events,
    staticDir,
    port: 0,
    token: TOKEN,
  });
  const setup = await send('/api/call/auth:setup', JSON.stringify(ADMIN), {});
  expect(setup.body.ok).toBe(true);
  cookie = setup.cookie ?? '';
});

const ADMIN = { username: 'quantri', fullName: 'Quản trị viên', password: 'mat-khau-dai' };
let cookie = '';
afterAll(() => host.close());

interface Reply {
  status: number;
  body: { ok: boolean; error?: { code: string; message: string }; value?: unknown };
  cookie: string | null;
}

function send(path: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${host.url}${path.slice(1)}`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${TOKEN}`,
          ...(cookie ? { Cookie: cookie } : {}),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(text) as Reply['body'],
            cookie: res.headers['set-cookie']?.[0]?.split(';')[0] ?? null,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const call = (name: string, input: unknown, headers?: Record<string, string>) =>
  send(`/api/call/${name}`, JSON.stringify(input), headers);

async function expectStillServing(): Promise<void> {
  const reply = await call('visits:list', {});
  expect(reply.status).toBe(200);
  expect(reply.body.ok).toBe(true);
}

describe('HTTP host with bad input', () => {
  it.each([
    ['wrong types', { person: { fullName: 12 }, classification: true, content: [] }, 'INVALID_INPUT'],
    ['missing fields', {}, 'INVALID_INPUT'],
    [
      'a 1 MB string',
      { person: { fullName: 'a'.repeat(1024 * 1024) }, classification: 'to_cao', content: 'x' },
      'INVALID_INPUT',
    ],
    ['an array instead of an object', [1, 2, 3], 'INVALID_INPUT'],
  ])('answers %s with a structured error and keeps serving', async (_label, input, code) => {
    const reply = await call('visits:create', input);
    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(false);
    expect(reply.body.error?.code).toBe(code);
    expect(reply.body.error?.message).toMatch(/^Dữ liệu chưa hợp lệ/);
    await expectStillServing();
  });

  it('answers an unknown call name with UNKNOWN_CALL', async () => {
    const reply = await call('he-thong:xoa-het', {});
    expect(reply.body.error?.code).toBe('UNKNOWN_CALL');
    await expectStillServing();
  });

  it('answers malformed JSON with 400 MALFORMED_REQUEST', async () => {
    const reply = await send('/api/call/visits:create', '{"person": {"fullName": "A"');
    expect(reply.status).toBe(400);
    expect(reply.body.error?.code).toBe('MALFORMED_REQUEST');
    await expectStillServing();
  });

  it('refuses a body over 32 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const reply = await call('visits:create', { content: 'x'.repeat(33 * 1024 * 1024) });
    expect(reply.status).toBe(413);
    expect(reply.body.error?.code).toBe('PAYLOAD_TOO_LARGE');
    await expectStillServing();
  });

  it('refuses a missing or wrong token, a foreign Origin and a foreign Host', async () => {
    expect((await call('visits:list', {}, { Authorization: '' })).status).toBe(401);
    expect((await call('visits:list', {}, { Authorization: 'Bearer wrong-token-12' })).status).toBe(401);
    const foreign = await call('visits:list', {}, { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error?.code).toBe('FORBIDDEN');
    expect((await call('visits:list', {}, { Host: 'evil.example' })).status).toBe(403);
    await expectStillServing();
  });

  it('answers a call from a browser without a signed-in session with UNAUTHORIZED', async () => {
    const reply = await call('visits:list', {}, { Cookie: 'tiepdan_sid=' + 'x'.repeat(40) });
    expect(reply.body.error?.code).toBe('UNAUTHORIZED');
  });

  it('saves a valid visit', async () => {
    const reply = await call('visits:create', {
      person: { fullName: 'Phạm Văn An', idNumber: '', address: '' },
      classification: 'phan_anh',
      content: 'Phản ánh tiếng ồn',
    });
    expect(reply.body.ok).toBe(true);
    expect(reply.body.value).toMatchObject({ fullName: 'Phạm Văn An', idNumber: null, address: null });
  });
});
