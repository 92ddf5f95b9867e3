import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from './host-process';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('the loopback host refuses a call without its token', async ({ request }) => {
  const reply = await request.post(`${host.url}api/call/visits:list`, { data: {} });
  expect(reply.status()).toBe(401);
  expect(await reply.json()).toEqual({
    ok: false,
    error: {
      code: 'UNAUTHORIZED',
      message: 'Thiếu hoặc sai mã phiên làm việc; hãy mở ứng dụng bằng đường dẫn in ra khi khởi động.',
    },
  });
  const events = await request.get(`${host.url}api/events`);
  expect(events.status()).toBe(401);
});

test('the loopback host refuses a call from a foreign Origin, even with the token', async ({ request }) => {
  const reply = await request.post(`${host.url}api/call/visits:list`, {
    data: {},
    headers: { Authorization: `Bearer ${host.token}`, Origin: 'https://evil.example' },
  });
  expect(reply.status()).toBe(403);
  expect(((await reply.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
});

test('a page on another origin cannot call the host from the browser', async ({ page }) => {
  await page.goto(host.openUrl);
  const other = await page.context().newPage();
  await other.goto('about:blank');
  const outcome = await other.evaluate(
    async ({ url, token }) => {
      try {
        const response = await fetch(`${url}api/call/visits:list`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: '{}',
        });
        return `status ${response.status}`;
      } catch {
        return 'blocked';
      }
    },
    { url: host.url, token: host.token },
  );
  expect(outcome).toBe('blocked');
});

test('with the token, a public call succeeds and a register call still needs a signed-in user', async ({
  request,
}) => {
  const headers = { Authorization: `Bearer ${host.token}` };
  const info = await request.post(`${host.url}api/call/app:info`, { data: {}, headers });
  expect(info.status()).toBe(200);
  expect(((await info.json()) as { ok: boolean }).ok).toBe(true);
  const list = await request.post(`${host.url}api/call/visits:list`, { data: {}, headers });
  expect(await list.json()).toEqual({
    ok: false,
    error: { code: 'UNAUTHORIZED', message: 'Hãy đăng nhập để dùng chức năng này.' },
  });
});

test('the session cookie is HttpOnly and SameSite=Strict', async ({ request }) => {
  const reply = await request.get(host.url);
  expect(reply.headers()['set-cookie']).toMatch(
    /^tiepdan_sid=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/$/,
  );
});
