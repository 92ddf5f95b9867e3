import { expect, test } from '@playwright/test';
import { setupAdminViaApi } from './auth';
import { startHost } from './host-process';
import { IntakePage } from './pages/intake-page';
import { RegisterPage } from './pages/register-page';

test('individual, group, returning citizen linked to the case, folded search, audited edit', async ({
  page,
}) => {
  const host = await startHost();
  await setupAdminViaApi(page, host);
  await page.goto(host.openUrl);
  const intake = new IntakePage(page);

  await intake.fill({
    fullName: 'Nguyễn Văn Đức',
    gender: 'Nam',
    birthYear: '1985',
    idNumber: '001085012345',
    address: 'Số 5 ngõ 12 Hàng Bông',
    classification: 'Khiếu nại',
    content: 'Khiếu nại quyết định thu hồi đất nông nghiệp',
  });
  await intake.saveWithEnter();
  await expect(intake.savedNotice()).toContainText('Nguyễn Văn Đức (Khiếu nại), vụ việc VV-');
  const firstCase = ((await intake.savedNotice().textContent()) ?? '').match(/VV-\d{4}-\d{5}/)?.[0];
  expect(firstCase).toBeTruthy();

  await intake.fill({
    fullName: 'Trần Thị Mai',
    headcount: '6',
    classification: 'Kiến nghị',
    content: 'Đoàn hộ dân kiến nghị làm đường',
  });
  await expect(intake.form.getByRole('group', { name: 'Người đại diện' })).toBeVisible();
  await intake.form.getByRole('button', { name: 'Thêm người đại diện' }).click();
  await intake.form.getByLabel('Họ và tên (người đại diện 2)').fill('Lê Văn Nam');
  await intake.saveWithEnter();
  await expect(intake.savedNotice()).toContainText('Trần Thị Mai (Kiến nghị)');

  await intake.field('Số giấy tờ (CCCD, CMND, hộ chiếu)').fill('001085012345');
  await expect(intake.suggestions()).toContainText(firstCase!);
  await intake.field('Họ và tên').fill('Nguyễn Văn Đức');
  await intake.field('Phân loại').selectOption({ label: 'Khiếu nại' });
  await intake.field('Nội dung vụ việc').fill('Hỏi tiến độ giải quyết');
  await intake.field('Nội dung vụ việc').press('Alt+1');
  await expect(intake.suggestions()).toContainText(`Liên kết vụ việc ${firstCase}`);
  await intake.saveWithEnter();
  await expect(intake.savedNotice()).toContainText(`vụ việc ${firstCase}.`);

  const register = new RegisterPage(page);
  await register.open();
  await register.search('nguyen van duc');
  await expect(register.rows()).toHaveCount(3);
  await expect(register.table).toContainText('Hỏi tiến độ giải quyết');
  await expect(register.table).not.toContainText('Trần Thị Mai');
  await register.search('');
  await expect(register.table).toContainText('Trần Thị Mai');

  await register.table.getByRole('row').filter({ hasText: 'Hỏi tiến độ giải quyết' }).click();
  await expect(page.getByRole('heading', { name: 'Sửa lượt tiếp công dân' })).toBeVisible();
  await intake.field('Nội dung vụ việc').fill('Hỏi tiến độ giải quyết khiếu nại lần trước');
  await intake.saveWithEnter();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thay đổi.' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Lịch sử thay đổi' })).toContainText(
    'Nội dung vụ việc: Hỏi tiến độ giải quyết → Hỏi tiến độ giải quyết khiếu nại lần trước',
  );
  await host.stop();
});
