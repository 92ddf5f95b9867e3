import { expect, test } from '@playwright/test';
import { setupAdminViaApi } from './auth';
import { startHost } from './host-process';
import { PetitionsPage } from './pages/petitions-page';
import { ReportsPage } from './pages/reports-page';
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

  await page.getByRole('link', { name: 'Sửa thông tin đơn' }).click();
  await expect(page.getByRole('heading', { name: `Sửa thông tin đơn số 1/${year}` })).toBeVisible();
  await petitions.newForm.getByLabel('Ghi chú').fill('Đơn kèm 2 hóa đơn tiền điện');
  await petitions.newForm.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('heading', { name: `Đơn số 1/${year}`, level: 1 })).toBeVisible();
  const audit = await callApi<{ items: { action: string; detail: string | null }[] }>(
    page,
    host,
    'audit:list',
    {},
  );
  const edit = audit.items.find((item) => item.action === 'petition.update');
  expect(JSON.parse(edit?.detail ?? '{}')).toEqual({
    changes: { note: { old: null, new: 'Đơn kèm 2 hóa đơn tiền điện' } },
  });

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
  await page.getByRole('link', { name: 'Biểu 02/XLD (trang Báo cáo)' }).click();
  const reports = new ReportsPage(page);
  await reports.tally({ from: today, to: today, compare: false });
  const form = page.getByRole('table', { name: 'Biểu số 02/XLD: TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN' });
  await expect(form).toBeVisible();
  const office = OFFICE_SETTINGS.office_name;
  const expected = Array.from({ length: 25 }, (_, index) =>
    ['1', '2', '3', '23', '25'].includes(String(index + 1)) ? '1' : '0',
  );
  await expect(form.locator('tbody td')).toHaveText(expected);
  await expect(
    page.getByRole('status').filter({ hasText: 'Kiểm tra công thức: 8 phép kiểm tra đều khớp.' }),
  ).toHaveCount(1);
  await reports.figure(office, '25', false, 'Biểu số 02/XLD').click();
  await expect(
    page.getByRole('heading', { name: `Chi tiết: Biểu số 02/XLD, ${office}, cột 25` }),
  ).toBeVisible();
  const drilled = reports.drillList().getByRole('listitem');
  await expect(drilled).toHaveCount(1);
  await expect(drilled.first()).toContainText(`Đơn số 1/${year} · Lê Thị Thuý`);
  await drilled.first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: `Đơn số 1/${year}`, level: 1 })).toBeVisible();

  const tally = await callApi<{
    reports: { reportId: string; rows: { values: Record<string, number> }[] }[];
  }>(page, host, 'reports:tally', { periodSpec: `${today}..${today}`, compare: false });
  expect(tally.reports.find((report) => report.reportId === 'bieu-02-xld')?.rows[0]?.values['25']).toBe(1);
  await host.stop();
});

test('the slips: Mẫu 01 for thụ lý, the guidance slip, and Mẫu 03 hiding the denouncer', async ({ page }) => {
  const host = await startHost();
  await setupAdminViaApi(page, host);
  await updateSettings(page, host, OFFICE_SETTINGS);
  await page.goto(host.openUrl);
  const today = vietnamToday();
  const register = async (petition: Record<string, unknown>, decision: Record<string, unknown>) => {
    const saved = await callApi<{ id: number }>(page, host, 'petitions:create', {
      receivedOn: today,
      source: 'nop_truc_tiep',
      senders: [{ fullName: 'Võ Minh Khoa', idNumber: '087090012345', address: 'Xã Mỹ Hiệp' }],
      ...petition,
    });
    await callApi(page, host, 'petitions:handle', { id: saved.id, decidedOn: today, ...decision });
    return saved.id;
  };
  const accepted = await register(
    { classification: 'khieu_nai', formSubject: 'dat_dai', level: 'lan_dau', content: 'Khiếu nại cấp sổ đỏ' },
    { eligibility: 'du_dieu_kien', competence: 'thuoc', outcome: 'thu_ly' },
  );
  const guided = await register(
    { classification: 'kien_nghi', formSubject: 'khac', content: 'Kiến nghị về bản án dân sự' },
    {
      eligibility: 'du_dieu_kien',
      competence: 'khong_thuoc',
      outcome: 'huong_dan',
      forwardedTo: 'Tòa án nhân dân tỉnh',
    },
  );
  const denounced = await register(
    {
      classification: 'to_cao',
      formSubject: 'tham_nhung',
      level: 'lan_dau',
      content: 'Tố cáo cán bộ xã nhận tiền',
    },
    {
      eligibility: 'du_dieu_kien',
      competence: 'khong_thuoc',
      outcome: 'chuyen_don',
      forwardedTo: 'Thanh tra tỉnh',
    },
  );
  const doc = new PrintDocumentPage(page, host);

  await doc.open(`/print/petitionaccept/${accepted}`);
  const mau01 = await doc.printToPdf();
  expect(mau01.text.split('\n')).toContain('PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN');
  expect(mau01.flat).toContain(
    'đơn đủ điều kiện xử lý và thuộc thẩm quyền giải quyết của Ban Tiếp công dân tỉnh Đồng Tháp',
  );
  expect(mau01.flat).toContain('ông (bà) Võ Minh Khoa');

  await doc.open(`/print/petitionguide/${guided}`);
  const guide = await doc.printToPdf();
  expect(guide.text.split('\n')).toContain('PHIẾU HƯỚNG DẪN');
  expect(guide.flat).toContain('Kính gửi: Ông (bà) Võ Minh Khoa');
  expect(guide.flat).toContain(
    'đề nghị ông (bà) gửi đơn đến Tòa án nhân dân tỉnh để được xem xét, giải quyết',
  );

  await doc.open(`/print/petitionforward/${denounced}`);
  const mau03 = await doc.printToPdf();
  expect(mau03.text.split('\n')).toContain('PHIẾU CHUYỂN ĐƠN TỐ CÁO');
  expect(mau03.flat).toContain('người tố cáo (thông tin được bảo mật)');
  expect(mau03.flat).toContain('Đề nghị Thanh tra tỉnh giữ bí mật họ tên, địa chỉ, bút tích');
  expect(mau03.flat).not.toContain('Võ Minh Khoa');
  expect(mau03.flat).not.toContain('087090012345');

  expect(await doc.openExpectingError(`/print/petitionforward/${accepted}`)).toBe(
    'Đơn này chưa được xử lý theo hướng chuyển đơn, nên không lập phiếu chuyển đơn.',
  );

  await page.goto(`${host.url}don-thu/${denounced}`);
  const facts = page.getByRole('definition');
  await expect(facts.filter({ hasText: 'Người tố cáo (thông tin được bảo mật)' })).toHaveCount(1);
  await expect(page.getByText('Võ Minh Khoa')).toHaveCount(0);
  const reveal = page.getByRole('form', { name: 'Xem thông tin người tố cáo' });
  await reveal.getByLabel('Lý do xem (ghi vào nhật ký)').fill('Xác minh theo yêu cầu của Chánh Thanh tra');
  await reveal.getByRole('button', { name: 'Xem thông tin người tố cáo' }).click();
  await expect(page.getByRole('region', { name: 'Thông tin người tố cáo' })).toContainText(
    'Võ Minh Khoa · 087090012345',
  );
  await host.stop();
});
