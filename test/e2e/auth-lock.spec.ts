import { expect, test } from '@playwright/test';
import { ADMIN, createUserViaApi, setupAdminViaApi, signInViaUi } from './auth';
import { startHost } from './host-process';
import { IntakePage } from './pages/intake-page';

test('the screen locks after 10 idle minutes and the half-typed form is still there after signing in', async ({
  page,
}) => {
  const host = await startHost();
  await page.clock.install();
  await setupAdminViaApi(page, host);
  await page.goto(host.openUrl);
  const intake = new IntakePage(page);
  await intake.field('Họ và tên').fill('Đặng Thị Lan');
  await intake.field('Nội dung vụ việc').fill('Đang ghi dở nội dung');

  await page.clock.fastForward('10:05');
  const lock = page.getByRole('dialog', { name: 'Màn hình đã khóa' });
  await expect(lock).toBeVisible();
  await expect(lock).toContainText('Màn hình đã khóa sau 10 phút không thao tác');
  await expect
    .poll(async () => {
      const list = await page.request.post(`${host.url}api/call/visits:list`, {
        headers: { Authorization: `Bearer ${host.token}` },
        data: {},
      });
      return ((await list.json()) as { ok: boolean }).ok;
    })
    .toBe(false);

  await lock.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await lock.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(lock.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng; hãy thử lại.');
  await lock.getByLabel('Mật khẩu').fill(ADMIN.password);
  await lock.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(lock).toBeHidden();
  await expect(intake.field('Họ và tên')).toHaveValue('Đặng Thị Lan');
  await expect(intake.field('Nội dung vụ việc')).toHaveValue('Đang ghi dở nội dung');
  await host.stop();
});

test('a receptionist sees no administration in Cài đặt; an administrator changes the office name', async ({
  page,
}) => {
  const host = await startHost();
  await setupAdminViaApi(page, host);
  await createUserViaApi(page, host, {
    username: 'letan',
    fullName: 'Phạm Lễ Tân',
    role: 'receptionist',
    password: 'mat-khau-le-tan',
  });
  await page.goto(host.openUrl);
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  const settings = page.getByRole('region', { name: 'Thiết lập' });
  const officeName = settings.getByLabel('Tên cơ quan', { exact: true });
  await officeName.fill('Ban Tiếp công dân tỉnh Mẫu');
  await officeName.locator('xpath=ancestor::div[1]').getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu "Tên cơ quan".' })).toBeVisible();

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signInViaUi(page, { username: 'letan', password: 'mat-khau-le-tan' });
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await expect(page.getByRole('note')).toContainText('vai trò của bạn không có mục nào ở đây');
  await expect(page.getByRole('region', { name: 'Thiết lập' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Người dùng' })).toHaveCount(0);
  await host.stop();
});
