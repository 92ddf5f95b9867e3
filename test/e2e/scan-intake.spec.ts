import { expect, test as base } from '@playwright/test';
import { ActionCounter, scannerBurst } from './action-counter';
import { callApi } from './api-call';
import { setupAdminViaApi } from './auth';
import { startHost, type RunningHost } from './host-process';
import { IntakePage } from './pages/intake-page';
import { QueuePage } from './pages/queue-page';

const OLD_CARD_ASCII =
  '093185001234|363456789|Nguyen Thi Hong Nhung|07031985|Nu|Ap 3, Xa Phu Huu, Huyen Chau Thanh, Tinh Hau Giang|10082021';
const NEW_CARD =
  '079090004321|Trần Văn Đức|15111990|Nam|123 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh|01072025';

interface ScanOffice {
  host: RunningHost;
  /** The case of the citizen registered years ago with the old 9-digit CMND. */
  caseCode: string;
}

/**
 * Each test starts on a fresh host with the administrator signed in, the CMND citizen and her case on file
 * and the app open; the host stops when the test ends, passed or failed.
 */
const test = base.extend<{ office: ScanOffice }>({
  office: async ({ page }, use) => {
    const host = await startHost();
    await setupAdminViaApi(page, host);
    const created = await callApi<{ caseCode: string }>(page, host, 'visits:create', {
      person: {
        fullName: 'Nguyễn Thị Hồng Nhung',
        idType: 'cmnd',
        idNumber: '363456789',
        phone: '0901234567',
        address: 'Ấp 3',
      },
      classification: 'khieu_nai',
      subject: 'dat_dai',
      content: 'Khiếu nại việc thu hồi đất ở ấp 3',
    });
    await page.goto(host.openUrl);
    await use({ host, caseCode: created.caseCode });
    await host.stop();
  },
});

/** The intake form as it opens: the cursor in "Họ và tên". */
async function readyIntake(intake: IntakePage): Promise<IntakePage> {
  await expect(intake.field('Họ và tên')).toBeFocused();
  return intake;
}

/** The CMND citizen found from her card: stored spelling, old number, commune, and her case offered. */
async function expectCmndCitizenFilled(intake: IntakePage, caseCode: string): Promise<void> {
  await expect(intake.field('Họ và tên')).toHaveValue('Nguyễn Thị Hồng Nhung');
  await expect(intake.field('Số CMND cũ')).toHaveValue('363456789');
  await expect(intake.field('Xã/phường/đặc khu')).toHaveValue('31378');
  await expect(intake.suggestions()).toContainText(caseCode);
}

test('a scanner burst fills the form, finds the citizen by the old CMND number, leaves no stray keys', async ({
  page,
  office,
}) => {
  const intake = await readyIntake(new IntakePage(page));
  await intake.field('Ghi chú').fill('Ghi chú tay');
  await intake.field('Ghi chú').focus();
  await scannerBurst(page, OLD_CARD_ASCII);

  await expect(page.getByRole('status', { name: 'Kết quả quét thẻ' })).toContainText(
    'Đã đọc thẻ căn cước số 093185001234 (CMND cũ 363456789)',
  );
  await expect(page.getByRole('status', { name: 'Kết quả quét thẻ' })).toContainText(
    'Công dân đã có trong sổ.',
  );
  await expect(intake.field('Ghi chú')).toHaveValue('Ghi chú tay');
  // The scanner sent no diacritics: the stored spelling is kept.
  await expectCmndCitizenFilled(intake, office.caseCode);
  await expect(intake.field('Số giấy tờ (CCCD, CMND, hộ chiếu)')).toHaveValue('093185001234');
  await expect(intake.field('Năm sinh')).toHaveValue('1985');
  await expect(intake.field('Giới tính')).toHaveValue('nu');
  await expect(intake.field('Số điện thoại')).toHaveValue('0901234567');
  await expect(intake.field('Tỉnh/thành phố')).toHaveValue('92');
  await expect(intake.field('Nội dung vụ việc')).toBeFocused();

  // A burst while a drop-down has focus neither types into it nor saves the form.
  await intake.field('Phân loại').focus();
  await scannerBurst(page, NEW_CARD);
  await expect(intake.field('Họ và tên')).toHaveValue('Trần Văn Đức');
  await expect(intake.field('Phân loại')).toHaveValue('');
  await expect(intake.field('Số CMND cũ')).toHaveValue('');
  await expect(intake.field('Xã/phường/đặc khu')).toHaveValue('26743');
  await expect(intake.savedNotice()).toHaveCount(0);

  // A malformed payload fills nothing and says what to do.
  await intake.field('Ghi chú').focus();
  await scannerBurst(page, '093185001234|363456789|Nguyen Van A|31021985|Nam|x|10082021');
  await expect(page.getByRole('alert').filter({ hasText: 'Ngày sinh "31021985"' })).toContainText(
    'hãy quét lại thẻ hoặc nhập tay.',
  );
  await expect(intake.field('Họ và tên')).toHaveValue('Trần Văn Đức');
  await expect(intake.field('Ghi chú')).toHaveValue('Ghi chú tay');
});

test('keystroke budget: returning and new citizen with a card, and the same without one', async ({
  page,
  office,
}) => {
  const intake = await readyIntake(new IntakePage(page));
  const content = 'Hỏi tiến độ giải quyết khiếu nại';

  const returning = new ActionCounter(page);
  await returning.scan(OLD_CARD_ASCII);
  await expect(intake.suggestions()).toContainText(office.caseCode);
  await returning.typeContent(content);
  await returning.press('Alt+1');
  await returning.press('Enter');
  await expect(intake.savedNotice()).toContainText(
    `Nguyễn Thị Hồng Nhung (Khiếu nại), vụ việc ${office.caseCode}.`,
  );

  const withCard = new ActionCounter(page);
  await withCard.scan(NEW_CARD);
  await expect(intake.field('Họ và tên')).toHaveValue('Trần Văn Đức');
  await withCard.typeContent(content);
  await withCard.choose(intake.field('Phân loại'), 'Kiến nghị');
  await withCard.click(intake.field('Nội dung vụ việc'));
  await withCard.press('Enter');
  await expect(intake.savedNotice()).toContainText('Trần Văn Đức (Kiến nghị)');

  const noCard = new ActionCounter(page);
  // After a save the form clears and puts the cursor in "Họ và tên"; the officer types once it is there.
  await readyIntake(intake);
  await expect(intake.field('Họ và tên')).toHaveValue('');
  await noCard.type('Lê Thị Thu Hà');
  await noCard.choose(intake.field('Giới tính'), 'Nữ');
  await noCard.click(intake.field('Năm sinh'));
  await noCard.type('1992');
  await noCard.click(intake.field('Số giấy tờ (CCCD, CMND, hộ chiếu)'));
  await noCard.type('079192001122');
  await noCard.choose(intake.field('Tỉnh/thành phố'), 'Thành phố Hồ Chí Minh');
  await noCard.choose(intake.field('Xã/phường/đặc khu'), 'Phường Bến Thành');
  await noCard.click(intake.field('Địa chỉ'));
  await noCard.type('123 Lê Lợi');
  await noCard.choose(intake.field('Phân loại'), 'Kiến nghị');
  await noCard.click(intake.field('Nội dung vụ việc'));
  await noCard.typeContent(content);
  await noCard.press('Enter');
  await expect(intake.savedNotice()).toContainText('Lê Thị Thu Hà (Kiến nghị)');

  console.log(`Công dân cũ, có thẻ:   ${returning.summary()}`);
  console.log(`Công dân mới, có thẻ:  ${withCard.summary()}`);
  console.log(`Công dân mới, không thẻ: ${noCard.summary()}`);
  expect(returning.actions).toBeLessThanOrEqual(5);
  expect(withCard.actions).toBeLessThanOrEqual(20);
  expect(noCard.actions).toBeGreaterThan(withCard.actions);
});

test('a card scanned when issuing a ticket opens the called ticket with the intake form filled', async ({
  page,
  office,
}) => {
  const queue = new QueuePage(page);
  await queue.open();
  const form = page.getByRole('form', { name: 'Cấp số thứ tự' });
  await form.getByLabel('Họ và tên (không bắt buộc)').focus();
  await scannerBurst(page, OLD_CARD_ASCII);
  await expect(page.getByRole('status', { name: 'Thẻ đã quét' })).toBeVisible();
  await expect(form.getByLabel('Họ và tên (không bắt buộc)')).toHaveValue('Nguyen Thi Hong Nhung');
  await expect(form.getByLabel('Số giấy tờ (không bắt buộc)')).toHaveValue('093185001234');
  await form.getByRole('button', { name: 'Cấp số' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã cấp số' })).toContainText('A001');

  await queue.useDesk('Bàn số 1');
  await queue.callNext();
  await queue.current().getByRole('button', { name: 'Bắt đầu tiếp' }).click();
  const intake = new IntakePage(page);
  await expect(page.getByLabel('Số đang tiếp')).toContainText('Đang tiếp số A001');
  await expectCmndCitizenFilled(intake, office.caseCode);
  await page.keyboard.type('Hỏi kết quả giải quyết');
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Enter');
  await expect(intake.savedNotice()).toContainText(`vụ việc ${office.caseCode}.`);
});
