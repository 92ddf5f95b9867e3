import { expect, test } from '@playwright/test';
import { toLocalDate } from '../../shared/domain/local-time';
import { formatDmy, weekContaining, weekRange } from '../../shared/domain/periods';
import { setupAdminViaApi } from './auth';
import { startHost } from './host-process';
import { ReportsPage } from './pages/reports-page';
import { updateSettings } from './print-seed';

test('weeks follow the week start setting, and the yearly report comes with its written report', async ({
  page,
}) => {
  const host = await startHost();
  await setupAdminViaApi(page, host);
  await updateSettings(page, host, { office_name: 'UBND xã An Bình', week_start_day: 1 });
  await page.goto(host.openUrl);

  const reports = new ReportsPage(page);
  const weekStart = page.waitForResponse((response) => response.url().includes('reports%3Aweek-start'));
  await reports.open();
  expect(await (await weekStart).json()).toEqual({ ok: true, value: { weekStartDay: 1 } });
  const today = toLocalDate(new Date());
  const { year, week } = weekContaining(today, 1);
  const { from, to } = weekRange(year, week, 1);
  await reports.form.getByLabel('Loại kỳ').selectOption({ label: 'Tuần' });
  await expect(reports.form.getByLabel('Tuần số')).toHaveValue(String(week));
  await expect(reports.form).toContainText(`Thứ Hai ${formatDmy(from)} – Chủ nhật ${formatDmy(to)}`);
  await reports.tally({ compare: false });
  await expect(
    page.getByRole('heading', {
      name: `Tuần ${week} năm ${year} (${formatDmy(from)} – ${formatDmy(to)})`,
      exact: false,
    }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: /Báo cáo bằng văn bản/ })).toHaveCount(0);

  await reports.form.getByLabel('Loại kỳ').selectOption({ label: 'Năm' });
  await reports.form.getByLabel('Năm', { exact: true }).fill('2024');
  await reports.tally();
  const outline = page.getByRole('textbox', { name: 'Nội dung báo cáo bằng văn bản' });
  await expect(outline).toHaveValue(/^UBND XÃ AN BÌNH\nBÁO CÁO\n/);
  await expect(outline).toHaveValue(/\(Số liệu tính từ ngày 15\/12\/2023 đến ngày 14\/12\/2024\)/);
  await expect(outline).toHaveValue(/Tổng số 0 lượt tiếp, 0 người được tiếp, 0 vụ việc/);
  await host.stop();
});
