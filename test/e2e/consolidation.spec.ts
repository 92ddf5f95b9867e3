import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildDataPackage } from '../../electron/main/services/exports/data-package';
import { openPackage } from '../../electron/main/services/exports/package-reader';
import { makeTallyResult } from '../fixtures/tally-fixture';
import { setupAdminViaApi } from './auth';
import { makeDataDir, startHost } from './host-process';

test('an upstream office consolidates its units’ packages, sees a tampered one refused, and downloads the result', async ({
  page,
}) => {
  const dataDir = makeDataDir();
  const host = await startHost(dataDir);
  const files: string[] = [];
  for (const [code, name, seed] of [
    ['XA-AN', 'UBND xã An Bình', 1],
    ['XA-BINH', 'UBND xã Bình Minh', 2],
    ['XA-CAM', 'UBND xã Cẩm Lệ', 3],
  ] as const) {
    const file = join(dataDir, `${code}.zip`);
    writeFileSync(
      file,
      (await buildDataPackage(makeTallyResult({ officeCode: code, officeName: name, seed }))).bytes,
    );
    files.push(file);
  }
  const tampered = readFileSync(files[2]!);
  tampered[tampered.length >> 1] = tampered[tampered.length >> 1]! ^ 0x04;
  writeFileSync(files[2]!, tampered);

  await page.goto(host.openUrl);
  await setupAdminViaApi(page, host);
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Chức năng chính' })
    .getByRole('link', { name: 'Tổng hợp đơn vị' })
    .click();
  await expect(page.getByRole('heading', { name: 'Tổng hợp đơn vị' })).toBeVisible();
  await page.getByLabel('Gói báo cáo của đơn vị').setInputFiles(files);
  await page.getByRole('button', { name: 'Kiểm tra và tổng hợp' }).click();

  await expect(page.getByRole('list', { name: 'Gói bị từ chối' })).toContainText('XA-CAM.zip: ');
  await expect(page.getByRole('list', { name: 'Gói bị từ chối' })).toContainText('sửa đổi');
  const table = page.getByRole('table', { name: /Biểu số 01\/TCD/ });
  await expect(table.getByRole('rowheader')).toHaveText([
    'UBND xã An Bình',
    'UBND xã Bình Minh',
    'Tổng cộng',
  ]);
  const total = ['1', '2'].map(
    (seed) => makeTallyResult({ seed: Number(seed) }).reports[0]!.rows[1]!.values['1']!,
  );
  await expect(table.getByRole('row').last().getByRole('cell').first()).toHaveText(
    (total[0]! + total[1]!).toLocaleString('vi-VN'),
  );

  const exporter = page.getByRole('region', { name: 'Xuất báo cáo tổng hợp' });
  await exporter.getByRole('radio', { name: 'Gói dữ liệu gửi cấp trên' }).check();
  const download = page.waitForEvent('download');
  await exporter.getByRole('button', { name: 'Tải về máy' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('TONG-HOP-2024-H1-tt06-2025.zip');
  const path = join(dataDir, 'tong-hop.zip');
  await saved.saveAs(path);
  const opened = await openPackage('tong-hop.zip', readFileSync(path));
  expect(opened.report.reports[0]!.rows.map((row) => row.key)).toEqual(['XA-AN', 'XA-BINH', 'total']);
  await expect(exporter.getByRole('status', { name: 'Kết quả xuất' })).toHaveText(
    'Đã tải về TONG-HOP-2024-H1-tt06-2025.zip.',
  );
  await host.stop();
});
