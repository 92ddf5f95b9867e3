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

test('the same call with the token from the app page succeeds', async ({ request }) => {
  const reply = await request.post(`${host.url}api/call/visits:list`, {
    data: {},
    headers: { Authorization: `Bearer ${host.token}` },
  });
  expect(reply.status()).toBe(200);
  expect(await reply.json()).toEqual({ ok: true, value: { items: [], total: 0 } });
});
