import { expect, test } from '@playwright/test';
import { setupAdminViaApi } from './auth';
import { startHost } from './host-process';
import { IntakePage } from './pages/intake-page';
import { QueuePage } from './pages/queue-page';

test('tickets with priority and a group, two desks, the display, service opening a filled form', async ({
  page,
  context,
}) => {
  const host = await startHost();
  await setupAdminViaApi(page, host);
  await page.goto(host.openUrl);
  const display = await context.newPage();
  await display.goto(`${host.url}display?token=${host.token}`);
  await expect(display.getByRole('main', { name: 'Màn hình phòng chờ' })).toBeVisible();

  const desk1 = new QueuePage(page);
  await desk1.open();
  await expect(await desk1.issue()).toContainText('Đã cấp số A001');
  await expect(
    await desk1.issue({ fullName: 'Phạm Văn Lão', idNumber: '001045000123', priority: 'Người cao tuổi' }),
  ).toContainText('Đã cấp số A002');
  await expect(await desk1.issue({ fullName: 'Đoàn thôn 3', headcount: '8' })).toContainText(
    'Đã cấp số A003',
  );

  await desk1.useDesk('Bàn số 1');
  await desk1.callNext();
  await expect(desk1.current()).toContainText('A002');
  await expect(display.getByRole('region', { name: 'Đang gọi' })).toContainText('A002Bàn số 1');

  const other = await context.newPage();
  await other.goto(`${host.url}hang-cho`);
  const desk2 = new QueuePage(other);
  await desk2.useDesk('Bàn số 2');
  await desk2.callNext();
  await expect(desk2.current()).toContainText('A001');
  await expect(display.getByRole('region', { name: 'Đang gọi' })).toContainText('A001Bàn số 2');
  await expect(display.getByRole('region', { name: 'Các bàn đang tiếp' })).toContainText('A002');
  await expect(display.getByRole('region', { name: 'Số người đang chờ' })).toContainText(
    'Tiếp thường xuyên 1',
  );
  await expect(display.locator('body')).not.toContainText('Phạm Văn Lão');

  await desk1.current().getByRole('button', { name: 'Bắt đầu tiếp' }).click();
  const intake = new IntakePage(page);
  await expect(page.getByLabel('Số đang tiếp')).toContainText('Đang tiếp số A002');
  await expect(intake.field('Họ và tên')).toHaveValue('Phạm Văn Lão');
  await expect(intake.field('Số giấy tờ (CCCD, CMND, hộ chiếu)')).toHaveValue('001045000123');
  await intake.field('Giới tính').selectOption({ label: 'Nam' });
  await intake.field('Năm sinh').fill('1945');
  await intake.field('Phân loại').selectOption({ label: 'Kiến nghị' });
  await intake.field('Nội dung vụ việc').fill('Kiến nghị về chế độ người cao tuổi');
  await intake.saveWithEnter();
  await expect(intake.savedNotice()).toContainText('Phạm Văn Lão (Kiến nghị)');

  await desk1.open();
  await expect(desk1.today().getByRole('row').filter({ hasText: 'A002' })).toContainText('Đã tiếp xong');
  await expect(
    page.getByRole('table', { name: 'Số liệu hàng chờ' }).getByRole('row', { name: /^Tổng/ }),
  ).toContainText('1');
  await host.stop();
});
