import { expect, test } from '@playwright/test';
import { setupAdminViaApi } from './auth';
import { startHost } from './host-process';
import { PetitionsPage } from './pages/petitions-page';
import { PrintDocumentPage } from './pages/print-document-page';
import { callApi, OFFICE_SETTINGS, updateSettings } from './print-seed';

/** Today in Vietnam (UTC+7), as the host stores dates. */
function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

test('a posted petition is registered, forwarded, its slip printed and counted in Biểu 02/XLD', async ({
  page,
}) => {
  const host = await startHost();
  await setupAdminViaApi(page, host);
  await updateSettings(page, host, OFFICE_SETTINGS);
  await page.goto(host.openUrl);
  const today = vietnamToday();
  const year = today.slice(0, 4);

  const petitions = new PetitionsPage(page);
  await petitions.open();
  await expect(page.getByText('Không có đơn nào khớp bộ lọc.')).toBeVisible();
  await petitions.startNew();
  await petitions.saveWithEnter();
  await expect(petitions.newForm.getByText('Hãy nhập nội dung đơn.', { exact: true })).toBeVisible();
  await expect(
    petitions.newForm.getByText('Hãy ghi người đứng đơn, hoặc đánh dấu đơn nặc danh.', { exact: true }),
  ).toBeVisible();

  await petitions.fillNew({
    source: 'Qua bưu chính',
    fullName: 'Lê Thị Thuý',
    idNumber: '087185012345',
    address: 'Ấp Hòa Bình, xã Mỹ Hiệp, Đồng Tháp',
    classification: 'Khiếu nại',
    subject: 'Đất đai',
    level: 'Lần đầu',
    content: 'Khiếu nại việc Công ty điện lực thu tiền điện sai chỉ số công tơ',
  });
  await petitions.saveWithEnter();
  await expect(page.getByRole('heading', { name: `Đơn số 1/${year}`, level: 1 })).toBeVisible();
  const facts = page.getByRole('definition');
  await expect(facts.filter({ hasText: 'Qua bưu chính' })).toHaveCount(1);
  await expect(facts.filter({ hasText: 'Lê Thị Thuý' })).toHaveCount(1);
  await expect(facts.filter({ hasText: 'Chưa xử lý' })).toHaveCount(1);

  await petitions.forward('Công ty Điện lực Đồng Tháp');
  await expect(petitions.history()).toHaveCount(1);
  await expect(petitions.history().first()).toContainText(
    'Đủ điều kiện xử lý, không thuộc thẩm quyền → Chuyển đơn Công ty Điện lực Đồng Tháp — Nguyễn Quản Trị',
  );
  await expect(facts.filter({ hasText: 'Chuyển đơn: Công ty Điện lực Đồng Tháp' })).toHaveCount(1);

  await page.getByRole('link', { name: 'In phiếu chuyển đơn' }).click();
  const doc = new PrintDocumentPage(page, host);
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  const printed = await doc.printToPdf();
  expect(printed.text.split('\n')).toContain('PHIẾU CHUYỂN ĐƠN');
  for (const phrase of [
    'Kính gửi: Công ty Điện lực Đồng Tháp',
    `Ban Tiếp công dân tỉnh Đồng Tháp nhận được đơn khiếu nại (số đến 1/${year}) của ông (bà) Lê Thị Thuý`,
    'Nội dung đơn: Khiếu nại việc Công ty điện lực thu tiền điện sai chỉ số công tơ',
    'chuyển đơn đến Công ty Điện lực Đồng Tháp để xem xét, giải quyết theo thẩm quyền.',
    'Số: ……/PC-BTCD',
  ]) {
    expect(printed.flat).toContain(phrase);
  }
  expect(printed.flat).toContain('Phạm Thị Thu Hương');

  await page.goto(`${host.url}don-thu`);
  await expect(petitions.registry.getByRole('row')).toHaveCount(2);
  await expect(petitions.registry.getByRole('row').nth(1)).toContainText(
    'Chuyển đơn: Công ty Điện lực Đồng Tháp',
  );
  const values = await petitions.bieu02(today, today);
  const expected: Record<string, string> = Object.fromEntries(
    Array.from({ length: 25 }, (_, index) => [String(index + 1), '0']),
  );
  Object.assign(expected, { '1': '1', '2': '1', '3': '1', '23': '1', '25': '1' });
  expect(values).toEqual(expected);
  await expect(page.getByRole('status')).toContainText('Các đẳng thức của biểu đều đúng');
  await page.getByRole('button', { name: 'Xem các đơn của cột 25' }).click();
  const drill = page.getByRole('table', { name: 'Các đơn của cột 25' });
  await expect(drill.getByRole('row')).toHaveCount(2);
  await expect(drill.getByRole('row').nth(1)).toContainText(`1/${year}`);
  await expect(drill.getByRole('row').nth(1)).toContainText('Lê Thị Thuý');

  const table = await callApi<{ rows: { values: Record<string, number> }[] }>(
    page,
    host,
    'petitions:bieu02',
    {
      from: today,
      to: today,
    },
  );
  expect(table.rows[0]?.values['25']).toBe(1);
  await host.stop();
});
