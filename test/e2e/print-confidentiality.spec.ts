import { expect, test } from '@playwright/test';
import { createUserViaApi } from './auth';
import { PrintDocumentPage } from './pages/print-document-page';
import { callApi, signInViaApi, startPrintFixture, type PrintFixture } from './print-seed';

test.describe.configure({ mode: 'serial' });

let fx: PrintFixture;
test.beforeAll(async ({ browser }) => {
  fx = await startPrintFixture(browser);
});
test.afterAll(async () => {
  await fx.close();
});

/** Everything that would identify the denouncer of the seeded tố cáo. */
const IDENTITY = ['Lê Quốc Toàn', 'LÊ QUỐC TOÀN', '079090001234', '0912 345 678', 'Mỹ Hòa', 'Tân Phú Đông'];
const HIDDEN = /người tố cáo \(thông tin được bảo mật\)/i;

function expectNoIdentity(text: string): void {
  for (const part of IDENTITY) expect(text).not.toContain(part);
}

test('a tố cáo denouncer appears on no document for the file or other bodies', async () => {
  const { denunciation, denunciationGuided } = fx.ids;
  const routes = [
    `/print/receipt/${denunciation}`,
    `/print/appointment/${denunciation}?date=2026-03-20&time=08:30&reveal=thu`,
    `/print/refusal/${denunciation}`,
    `/print/forward/${denunciation}`,
    `/print/guidance/${denunciationGuided}`,
    `/print/visit/${denunciation}`,
    '/print/register?from=2026-03-06&to=2026-03-10',
  ];
  for (const route of routes) {
    await fx.doc.open(route);
    const shown = await fx.doc.visibleText();
    expectNoIdentity(shown);
    expect(shown, route).toMatch(HIDDEN);
    const printed = await fx.doc.printToPdf();
    expectNoIdentity(printed.flat);
    expect(printed.flat, route).toContain('bảo mật');
    expect(printed.flat, route).not.toContain('Mở thông tin');
  }
});

test('the receipt is the denouncer’s own copy: a leader reveals it, with a reason, to print in full', async () => {
  const route = `/print/receipt/${fx.ids.denunciation}`;
  await fx.doc.open(route);
  const panel = fx.page.getByRole('form', { name: 'Mở thông tin người tố cáo' });
  await panel.getByLabel('Lý do mở thông tin').fill('Giao giấy biên nhận cho người tố cáo');
  await panel.getByRole('button', { name: 'Mở thông tin' }).click();
  await expect(fx.page.locator('html[data-print-ready="true"]')).toBeAttached();
  await expect(fx.doc.sheet).toContainText('Lê Quốc Toàn');
  const printed = await fx.doc.printToPdf();
  for (const phrase of [
    'Đã nhận được của ông (bà): Lê Quốc Toàn',
    'Số căn cước/CCCD: 079090001234',
    'Địa chỉ: Ấp Mỹ Hòa, xã Tân Phú Đông, tỉnh Đồng Tháp',
    'Giấy biên nhận được lập thành 03 bản',
  ]) {
    expect(printed.flat).toContain(phrase);
  }
  const history = await callApi<{ action: string }[]>(fx.page, fx.host, 'visits:history', {
    id: fx.ids.denunciation,
  });
  expect(history.map((entry) => entry.action)).toContain('visit.reveal');
});

test('the visit summary shows a revealed denouncer only marked MẬT', async () => {
  await fx.doc.open(`/print/visit/${fx.ids.denunciation}?reveal=${encodeURIComponent('Lập hồ sơ vụ việc')}`);
  const printed = await fx.doc.printToPdf();
  expect(printed.flat).toContain('MẬT');
  expect(printed.flat).toContain('Họ và tên Lê Quốc Toàn');
  await fx.doc.open(`/print/forward/${fx.ids.denunciation}?reveal=x`);
  expectNoIdentity((await fx.doc.printToPdf()).flat);
});

test('a receptionist cannot reveal a denouncer on paper', async ({ browser }) => {
  const user = {
    username: 'canbo1',
    fullName: 'Trần Thị Tiếp',
    role: 'receptionist',
    password: 'mat-khau-can-bo-1',
  };
  await createUserViaApi(fx.page, fx.host, user as Parameters<typeof createUserViaApi>[2]);
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await signInViaApi(page, fx.host, user);
  const doc = new PrintDocumentPage(page, fx.host);
  await doc.start();
  await doc.open(`/print/receipt/${fx.ids.denunciation}`);
  expectNoIdentity((await doc.printToPdf()).flat);
  const refused = await doc.openExpectingError(`/print/receipt/${fx.ids.denunciation}?reveal=xem`);
  expect(refused).not.toBe('');
  expectNoIdentity(await page.locator('body').innerText());
  await context.close();
});
