import { expect, test } from '@playwright/test';
import { IntakePage } from './pages/intake-page';
import { RegisterPage } from './pages/register-page';
import { setupAdminViaApi, setupAdminViaUi, signInViaUi } from './auth';
import { makeDataDir, startHost } from './host-process';

test('an officer registers a walk-in citizen and finds the entry in the register after a restart', async ({
  page,
}) => {
  const dataDir = makeDataDir();
  const first = await startHost(dataDir);
  await page.goto(first.openUrl);
  await setupAdminViaUi(page);

  const intake = new IntakePage(page);
  await expect(page.getByRole('heading', { name: 'Tiếp nhận công dân' })).toBeVisible();
  await expect(intake.form.getByLabel('Họ và tên')).toBeFocused();
  await expect(page).not.toHaveURL(/token=/);

  await intake.saveWithEnter();
  await expect(intake.form.getByText('Hãy nhập họ và tên.')).toBeVisible();
  await expect(intake.form.getByText('Hãy chọn phân loại.')).toBeVisible();

  await intake.fill({
    fullName: 'Nguyễn Thị Hoà',
    idNumber: '001185012345',
    address: 'Phường Hoàn Kiếm, Hà Nội',
    classification: 'Khiếu nại',
    content: 'Khiếu nại việc bồi thường khi thu hồi đất',
  });
  await intake.saveWithEnter();
  await expect(intake.savedNotice()).toHaveText(
    'Đã lưu lượt tiếp của Nguyễn Thị Hoà (Khiếu nại), vụ việc VV-2026-00001.'.replace(
      '2026',
      String(new Date().getFullYear()),
    ),
  );
  await expect(intake.form.getByLabel('Họ và tên')).toHaveValue('');
  await expect(intake.form.getByLabel('Họ và tên')).toBeFocused();

  const register = new RegisterPage(page);
  await register.open();
  await expect(register.rows()).toHaveCount(2);
  await expect(register.rows().nth(1)).toContainText('Nguyễn Thị Hoà');
  await expect(register.rows().nth(1)).toContainText('001185012345');
  await expect(register.rows().nth(1)).toContainText('Khiếu nại / 1');

  await first.stop();
  const second = await startHost(dataDir);
  await page.goto(second.openUrl);
  await signInViaUi(page);
  await register.open();
  await expect(register.rows().nth(1)).toContainText('Nguyễn Thị Hoà');
  await expect(page.getByText('Tổng số 1 lượt tiếp')).toBeVisible();
  await second.stop();
});

test('the register updates by itself when another window saves a visit', async ({ page }) => {
  const host = await startHost();
  await setupAdminViaApi(page, host);
  await page.goto(host.openUrl);
  const register = new RegisterPage(page);
  await register.open();
  await expect(page.getByText('Sổ chưa có lượt tiếp nào')).toBeVisible();

  const other = await page.context().newPage();
  await other.goto(host.openUrl);
  const intake = new IntakePage(other);
  await intake.fill({
    fullName: 'Trần Văn Bình',
    classification: 'Phản ánh',
    content: 'Phản ánh đèn đường hỏng',
  });
  await intake.saveWithEnter();
  await expect(intake.savedNotice()).toBeVisible();

  await expect(register.rows().nth(1)).toContainText('Trần Văn Bình');
  await other.close();
  await host.stop();
});
