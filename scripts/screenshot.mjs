// Takes the README's screenshots of the real UI: a fresh data folder, a few generated visits saved
// through the intake form, then the register. Run after `npm run build`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-shot-'));
const host = spawn(process.execPath, [
  join(root, 'dist/main/web-host.cjs'),
  '--port',
  '0',
  '--data-dir',
  dataDir,
]);
const ready = await new Promise((resolve) => {
  let out = '';
  host.stdout.on('data', (chunk) => {
    out += chunk;
    const line = out.split('\n').find((text) => text.startsWith('TIEPDAN_READY '));
    if (line) resolve(JSON.parse(line.slice('TIEPDAN_READY '.length)));
  });
});

const visits = [
  [
    'Nguyễn Văn Hùng',
    '001080001234',
    'Phường Ba Đình, Hà Nội',
    'Khiếu nại',
    'Khiếu nại quyết định thu hồi đất và phương án bồi thường',
  ],
  [
    'Trần Thị Hoà',
    '',
    'Xã Phú Hữu, thành phố Cần Thơ',
    'Kiến nghị',
    'Kiến nghị sửa chữa tuyến đường liên ấp bị sạt lở',
  ],
  [
    'Lê Quang Đức',
    '079085004321',
    'Phường Sài Gòn, TP Hồ Chí Minh',
    'Phản ánh',
    'Phản ánh tiếng ồn từ cơ sở sản xuất ban đêm',
  ],
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
    '--disable-quic',
  ],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN' });
await page.request.post(`${ready.url}api/call/auth:setup`, {
  headers: { Authorization: `Bearer ${ready.token}` },
  data: { username: 'quantri', fullName: 'Nguyễn Quản Trị', password: 'mat-khau-minh-hoa' },
});
await page.goto(ready.openUrl);
const form = page.getByRole('form', { name: 'Phiếu tiếp nhận' });
for (const [name, id, address, kind, content] of visits) {
  await form.getByLabel('Họ và tên', { exact: true }).fill(name);
  await form.getByLabel('Số giấy tờ (CCCD, CMND, hộ chiếu)', { exact: true }).fill('');
  await form.getByLabel('Địa chỉ', { exact: true }).fill(address);
  await form.getByLabel('Phân loại', { exact: true }).selectOption({ label: kind });
  await form.getByLabel('Nội dung vụ việc', { exact: true }).fill(content);
  await form.getByLabel('Nội dung vụ việc', { exact: true }).press('Enter');
  await page.getByRole('status').getByText(name).waitFor();
  void id;
}
await form.getByLabel('Họ và tên', { exact: true }).fill('Nguyễn Văn Hùng');
await form.getByLabel('Nội dung vụ việc', { exact: true }).fill('Hỏi tiến độ giải quyết khiếu nại');
await page.getByRole('complementary', { name: 'Gợi ý công dân và vụ việc' }).getByText('VV-').first().waitFor();
await page.mouse.wheel(0, -5000);
await page.evaluate('window.scrollTo(0, 0)');
await page.screenshot({ path: join(root, 'docs/screenshot-intake.png') });
await page.getByRole('link', { name: 'Sổ tiếp công dân' }).click();
await page.getByRole('table', { name: 'Sổ tiếp công dân' }).waitFor();
await page.screenshot({ path: join(root, 'docs/screenshot-register.png') });
await page.getByRole('link', { name: 'Hàng chờ' }).click();
const issue = page.getByRole('form', { name: 'Cấp số thứ tự' });
for (let i = 0; i < 3; i += 1) await issue.getByRole('button', { name: 'Cấp số' }).click();
await page.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
const display = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await display.goto(`${ready.url}display?token=${ready.token}`);
await page.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
await display.getByText('A002').first().waitFor();
await display.screenshot({ path: join(root, 'docs/screenshot-display.png') });
await browser.close();
host.kill();
console.log('Đã chụp docs/screenshot-intake.png, docs/screenshot-register.png và docs/screenshot-display.png');
