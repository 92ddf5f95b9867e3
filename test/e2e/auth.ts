import { expect, type Page } from '@playwright/test';
import type { RunningHost } from './host-process';

export const ADMIN = { username: 'quantri', fullName: 'Nguyễn Quản Trị', password: 'mat-khau-e2e-2026' };

/** Creates the first administrator through the API in the page's own cookie jar (signed in after). */
export async function setupAdminViaApi(page: Page, host: RunningHost): Promise<void> {
  const reply = await page.request.post(`${host.url}api/call/auth:setup`, {
    headers: { Authorization: `Bearer ${host.token}` },
    data: ADMIN,
  });
  expect(((await reply.json()) as { ok: boolean }).ok).toBe(true);
}

/** Adds a user as the signed-in administrator. */
export async function createUserViaApi(
  page: Page,
  host: RunningHost,
  user: { username: string; fullName: string; role: 'receptionist' | 'leader' | 'admin'; password: string },
): Promise<void> {
  const reply = await page.request.post(`${host.url}api/call/users:create`, {
    headers: { Authorization: `Bearer ${host.token}` },
    data: user,
  });
  expect(((await reply.json()) as { ok: boolean }).ok).toBe(true);
}

/** Signs in through the sign-in form, as an officer does. */
export async function signInViaUi(
  page: Page,
  user: { username: string; password: string } = ADMIN,
): Promise<void> {
  const form = page.getByRole('form', { name: 'Đăng nhập Tiếp Dân' });
  await form.getByLabel('Tên đăng nhập').fill(user.username);
  await form.getByLabel('Mật khẩu').fill(user.password);
  await form.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('navigation', { name: 'Chức năng chính' })).toBeVisible();
}

/** First start through the UI: the administrator chooses a name and password. */
export async function setupAdminViaUi(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Tạo tài khoản quản trị' });
  await form.getByLabel('Tên đăng nhập').fill(ADMIN.username);
  await form.getByLabel('Họ và tên').fill(ADMIN.fullName);
  await form.getByLabel('Mật khẩu', { exact: true }).fill(ADMIN.password);
  await form.getByLabel('Nhập lại mật khẩu').fill(ADMIN.password);
  await form.getByRole('button', { name: 'Tạo tài khoản và đăng nhập' }).click();
  await expect(page.getByRole('navigation', { name: 'Chức năng chính' })).toBeVisible();
}
