import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { setupAdminViaApi } from './auth';
import { makeDataDir, startHost } from './host-process';

const SAMPLE = readFileSync(join(import.meta.dirname, '../fixtures/register-sample.csv'));
const HEADER = 'ngay_tiep,ho_ten,dia_chi,phan_loai,noi_dung';

test('an administrator checks an old register with errors, downloads the problems, then imports the sample', async ({
  page,
}) => {
  const host = await startHost(makeDataDir());
  await page.goto(host.openUrl);
  await setupAdminViaApi(page, host);
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Chức năng chính' })
    .getByRole('link', { name: 'Cài đặt' })
    .click();
  const panel = page.getByRole('region', { name: 'Nhập sổ tiếp công dân cũ' });
  const picker = panel.getByLabel('Tệp sổ tiếp công dân');

  const broken = `${HEADER}\n31/02/2024,Lê Văn Cường,Xã A,kien nghi,Việc A\n01/03/2024,,Xã A,phan loai la,Việc B\n`;
  await picker.setInputFiles({ name: 'so-loi.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await panel.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(panel.getByRole('status', { name: 'Kết quả nhập' })).toContainText(
    '2 dòng dữ liệu, 0 dòng hợp lệ',
  );
  const problems = panel.getByRole('table', { name: 'Vấn đề trong tệp' });
  await expect(problems.getByRole('row')).toHaveCount(4);
  await expect(problems).toContainText('ngay_tiep');
  await expect(problems).toContainText('ho_ten');
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Tải danh sách 3 vấn đề (CSV)' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('so-loi-van-de.csv');
  const csv = readFileSync(await saved.path(), 'utf8');
  expect(csv.startsWith('\ufeff"Dòng","Cột","Mức","Nội dung"\r\n"2","ngay_tiep","Lỗi",')).toBe(true);
  expect(csv.split('\r\n')).toHaveLength(5);
  await expect(panel.getByRole('button', { name: /^Nhập .*dòng hợp lệ$/ })).toBeDisabled();

  await picker.setInputFiles({ name: 'register-sample.csv', mimeType: 'text/csv', buffer: SAMPLE });
  await panel.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(panel.getByRole('status', { name: 'Kết quả nhập' })).toContainText(
    'Kiểm tra xong, chưa ghi gì',
  );
  await panel.getByRole('button', { name: /^Nhập \d+ dòng hợp lệ$/ }).click();
  await expect(panel.getByRole('status', { name: 'Kết quả nhập' })).toContainText(/Đã nhập \d+ lượt tiếp/);
});
