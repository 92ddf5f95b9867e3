import { expect, test } from '@playwright/test';
import { setupAdminViaApi } from './auth';
import { startHost } from './host-process';
import { ReportsPage } from './pages/reports-page';
import { callApi, updateSettings } from './print-seed';

const OFFICE = 'Ban Tiếp công dân tỉnh Đồng Tháp';

const person = (fullName: string, idNumber: string) => ({
  fullName,
  gender: 'nu',
  birthYear: 1985,
  idType: 'cccd',
  idNumber,
  address: 'Phường Cao Lãnh, tỉnh Đồng Tháp',
});

test('an officer registers visits, opens Báo cáo, sees Biểu 01/TCD and drills into a figure', async ({
  page,
}) => {
  const host = await startHost();
  await setupAdminViaApi(page, host);
  await updateSettings(page, host, { office_name: OFFICE });
  // Three receptions today at the regular desk: one citizen, a đoàn of 5, a denunciation; and a refused one.
  const complaint = await callApi<{ id: number }>(page, host, 'visits:create', {
    person: person('Nguyễn Thị Hoà', '001185012345'),
    classification: 'khieu_nai',
    subject: 'dat_dai',
    content: 'Khiếu nại việc bồi thường khi thu hồi đất',
  });
  await callApi(page, host, 'visits:create', {
    person: person('Trần Thị Mai', '087185004321'),
    headcount: 5,
    classification: 'kien_nghi',
    subject: 'chinh_sach',
    content: 'Đoàn 5 người kiến nghị về chế độ hỗ trợ tái định cư',
  });
  await callApi(page, host, 'visits:create', {
    person: { ...person('Lê Quốc Toàn', '079090001234'), gender: 'nam', birthYear: 1990 },
    classification: 'to_cao',
    subject: 'tham_nhung',
    content: 'Tố cáo cán bộ địa chính xã nhận tiền',
  });
  await callApi(page, host, 'visits:create', {
    person: person('Phạm Thị Lụa', '087185009999'),
    classification: 'phan_anh',
    content: 'Phản ánh ồn ào',
    refusalReason: 'vi_pham_noi_quy',
  });
  await page.goto(host.openUrl);

  const reports = new ReportsPage(page);
  await reports.open();
  await expect(page.getByRole('heading', { name: 'Báo cáo', level: 1 })).toBeVisible();
  await reports.tally({ regime: 'Thông tư 06/2025/TT-TTCP' });

  await expect(
    page.getByRole('table', { name: /^Biểu số 01\/TCD: TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN/ }).first(),
  ).toBeVisible();
  await expect(reports.figure(OFFICE, '1')).toHaveText('3');
  await expect(reports.figure(OFFICE, '2')).toHaveText('7');
  await expect(reports.figure(OFFICE, '3')).toHaveText('3');
  await expect(reports.figure(OFFICE, '4')).toHaveText('1');
  await expect(reports.figure(OFFICE, '9')).toHaveText('5');
  await expect(reports.figure(OFFICE, '1', true)).toHaveText('0');
  await expect(page.getByText('Kiểm tra công thức: 4 phép kiểm tra đều khớp.').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Đoạn văn tổng hợp' })).toContainText(
    `${OFFICE} đã tiếp 3 lượt với 3 người, tăng 3 lượt, tăng 3 người so với cùng kỳ`,
  );
  await expect(page.getByRole('region', { name: 'Đoạn văn tổng hợp' })).toContainText(
    'Từ chối tiếp 1 lượt (không tính vào số liệu trên).',
  );

  await reports.figure(OFFICE, '5').click();
  await expect(
    page.getByRole('heading', { name: `Chi tiết: Biểu số 01/TCD, ${OFFICE}, cột 5` }),
  ).toBeVisible();
  const list = reports.drillList();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list).toContainText('Người tố cáo (thông tin được bảo mật)');
  await expect(list).not.toContainText('Lê Quốc Toàn');
  await list.getByRole('link', { name: 'Nguyễn Thị Hoà' }).click();
  await expect(page).toHaveURL(new RegExp(`/so-tiep-cong-dan/${complaint.id}$`));
  await host.stop();
});
