import { expect, type Page } from '@playwright/test';
import type { RunningHost } from './host-process';

/** One call of the contract over the loopback host, in the page's cookie jar (its signed-in session). */
export async function callApi<T>(page: Page, host: RunningHost, name: string, input: unknown): Promise<T> {
  const reply = await page.request.post(`${host.url}api/call/${name}`, {
    headers: { Authorization: `Bearer ${host.token}` },
    data: input,
  });
  const body = (await reply.json()) as { ok: boolean; value?: T; error?: { message: string } };
  expect(body.error?.message ?? null, `${name} failed`).toBeNull();
  return body.value as T;
}
