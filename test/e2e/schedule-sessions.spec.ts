import { expect, test } from '@playwright/test';
import { formatLocalDate, toLocalDate } from '../../shared/domain/local-time';
import { isoWeekday, isWeekend, monthEnd, WEEKDAY_LABELS } from '../../shared/domain/schedule/dates';
import { callApi } from './api-call';
import { setupAdminViaApi } from './auth';
import { startHost } from './host-process';
import { IntakePage } from './pages/intake-page';
import { SchedulePage } from './pages/schedule-page';

interface Figures {
  announcedDays: { inPerson: { count: number } };
  heldDays: { inPerson: { count: number; ids: number[] } };
  sessions: { dinh_ky: { count: number; ids: number[] }; dot_xuat: { count: number } };
  dialogues: {
    count: number;
    attendees: number;
    opinions: number;
    answered: number;
    acceptedForFollowUp: number;
  };
}

/**
 * A sitting only falls on a working day, so the host and the page both run on a clock that starts at
 * 09:00 (Vietnam) on the next weekday from now: the flow is the same whatever day the suite runs.
 */
function nextWeekdayMorning(): Date {
  let day = toLocalDate(new Date());
  while (isWeekend(day)) day = toLocalDate(new Date(Date.parse(`${day}T12:00:00+07:00`) + 86_400_000));
  return new Date(`${day}T09:00:00+07:00`);
}

const clockStart = nextWeekdayMorning();
const today = toLocalDate(clockStart);

test('weekly rule → today’s session → a citizen received in it → closed with a follow-up; a dialogue; the figures', async ({
  page,
}) => {
  await page.clock.install({ time: clockStart });
  const host = await startHost(undefined, { clockStart });
  await setupAdminViaApi(page, host);
  // A seeded holiday today would move the sitting: the office may edit the holiday table, so this test does.
  const holidays = await callApi<{ day: string }[]>(page, host, 'schedule:holidays', {
    year: Number(today.slice(0, 4)),
  });
  if (holidays.some((h) => h.day === today))
    await callApi(page, host, 'schedule:remove-holiday', { day: today });
  await page.goto(host.openUrl);

  const schedule = new SchedulePage(page);
  await schedule.open();
  await schedule.addWeeklyRule({
    leader: 'Trần Văn Bình',
    weekday: WEEKDAY_LABELS[isoWeekday(today)]!,
    place: 'Phòng tiếp công dân UBND xã',
    validFrom: `${today.slice(0, 8)}01`,
  });
  await expect(schedule.sitting(formatLocalDate(today))).toContainText('Chưa công bố');
  const published = await schedule.sittings().getByRole('row').filter({ hasText: 'Chưa công bố' }).count();
  await page.getByRole('button', { name: 'Công bố lịch tháng' }).click();
  await expect(schedule.status()).toContainText('Đã công bố lịch tiếp tháng');
  await expect(schedule.sittings().getByRole('row').filter({ hasText: 'Đã công bố' })).toHaveCount(published);
  await expect(page.getByRole('table', { name: /^Lịch tháng/ })).toContainText('Trần Văn Bình');

  await schedule.sitting(formatLocalDate(today)).getByRole('button', { name: 'Mở kỳ tiếp' }).click();
  await expect(page.getByRole('heading', { name: `Kỳ tiếp ngày ${formatLocalDate(today)}` })).toBeVisible();
  await expect(page.getByText('Đang mở', { exact: true })).toBeVisible();
  const setup = await callApi<{ lines: { code: string; isOpen: boolean }[] }>(page, host, 'queue:setup', {});
  expect(setup.lines.find((line) => line.code === 'thu_truong')?.isOpen).toBe(true);

  const intake = new IntakePage(page);
  await intake.open();
  await intake.field('Hình thức tiếp').selectOption({ label: 'Thủ trưởng tiếp định kỳ' });
  await expect(intake.field('Kỳ tiếp')).toHaveValue(/^\d+$/);
  await intake.fill({
    fullName: 'Lê Thị Mai',
    classification: 'Kiến nghị',
    content: 'Kiến nghị sửa đường thôn 2',
  });
  await intake.saveWithEnter();
  await expect(intake.savedNotice()).toContainText('Lê Thị Mai (Kiến nghị)');
  const caseCode = /VV-\d{4}-\d{5}/.exec((await intake.savedNotice().textContent()) ?? '')?.[0] ?? '';

  await schedule.open();
  await schedule.sitting(formatLocalDate(today)).getByRole('link', { name: 'Xem kỳ tiếp' }).click();
  await expect(page.getByRole('list', { name: 'Lượt tiếp trong kỳ' })).toContainText(caseCode);
  const close = page.getByRole('form', { name: 'Kết thúc kỳ tiếp' });
  await close.getByLabel('Kết luận').fill('Giao phòng Kinh tế kiểm tra hiện trường đường thôn 2.');
  await close.getByRole('button', { name: 'Thêm việc giao' }).click();
  await close.getByLabel('Việc cần làm').fill('Kiểm tra hiện trường, trả lời công dân');
  await close.getByLabel('Người thực hiện').fill('Phòng Kinh tế');
  await close.getByLabel('Hạn').fill(monthEnd(today) > today ? monthEnd(today) : today);
  await close.getByLabel('Mã vụ việc (nếu có)').fill(caseCode);
  await close.getByRole('button', { name: 'Kết thúc kỳ tiếp' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã kết thúc kỳ tiếp.');
  await expect(page.getByText(/^Đã kết thúc \d/)).toBeVisible();
  const afterClose = await callApi<{ lines: { code: string; isOpen: boolean }[] }>(
    page,
    host,
    'queue:setup',
    {},
  );
  expect(afterClose.lines.find((line) => line.code === 'thu_truong')?.isOpen).toBe(false);

  await page
    .getByRole('table', { name: 'Việc giao sau kỳ tiếp' })
    .getByRole('link', { name: caseCode })
    .click();
  await expect(page.getByRole('heading', { name: `Vụ việc ${caseCode}` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Việc giao sau kỳ tiếp' })).toContainText(
    'Kiểm tra hiện trường, trả lời công dânPhòng Kinh tế',
  );

  await page.getByRole('link', { name: 'Đối thoại' }).click();
  const dialogue = page.getByRole('form', { name: 'Ghi cuộc đối thoại' });
  await dialogue.getByLabel('Người chủ trì').fill('Trần Văn Bình');
  await dialogue.getByLabel('Địa điểm').fill('Nhà văn hóa thôn 2');
  await dialogue.getByLabel('Nội dung hoặc nhóm công dân').fill('Các hộ dân dọc đường thôn 2');
  await dialogue.getByLabel('Số đại biểu').fill('45');
  await dialogue.getByLabel('Số ý kiến', { exact: true }).fill('12');
  await dialogue.getByLabel('Số ý kiến đã trả lời').fill('13');
  await dialogue.getByRole('button', { name: 'Ghi đối thoại' }).click();
  await expect(page.getByRole('alert')).toHaveText('Số ý kiến đã trả lời không thể nhiều hơn số ý kiến.');
  await dialogue.getByLabel('Số ý kiến đã trả lời').fill('10');
  await dialogue.getByLabel('Số ý kiến tiếp thu').fill('2');
  await dialogue.getByLabel('Mã vụ việc liên quan').fill(caseCode);
  await dialogue.getByRole('button', { name: 'Ghi đối thoại' }).click();
  await expect(page.getByRole('status', { name: 'Tổng hợp đối thoại' })).toHaveText(
    '1 cuộc đối thoại với 12 ý kiến, có 45 đại biểu tham dự; đã trả lời 10 ý kiến.',
  );

  const range = { from: `${today.slice(0, 8)}01`, to: monthEnd(today) };
  const figures = await callApi<Figures>(page, host, 'schedule:figures', range);
  expect(figures.announcedDays.inPerson.count).toBe(published);
  expect(figures.heldDays.inPerson.count).toBe(1);
  expect([figures.sessions.dinh_ky.count, figures.sessions.dot_xuat.count]).toEqual([1, 0]);
  expect(figures.dialogues).toMatchObject({
    count: 1,
    attendees: 45,
    opinions: 12,
    answered: 10,
    acceptedForFollowUp: 2,
  });

  await schedule.open();
  await expect(page.getByRole('definition').filter({ hasText: 'cuộc' })).toHaveText(
    '1 cuộc, 45 đại biểu, 12 ý kiến, đã trả lời 10',
  );
  await expect(page.getByRole('table', { name: 'Đối chiếu của Trần Văn Bình' })).toContainText(
    `${formatLocalDate(range.from)} – ${formatLocalDate(range.to)}2 ngày/tháng${published}1`,
  );
  await expect(page.getByRole('table', { name: 'Kỳ tiếp trong tháng' })).toContainText(
    `${formatLocalDate(today)}Thủ trưởng tiếp định kỳTrần Văn Bình1Đã kết thúc`,
  );

  await page.getByRole('link', { name: 'In lịch tiếp' }).click();
  const printed = page.getByRole('table', { name: 'Lịch tiếp công dân' });
  await expect(printed.getByRole('row')).toHaveCount(published + 1);
  await expect(printed).toContainText(
    `${formatLocalDate(today)}08:00–11:00Trần Văn BìnhPhòng tiếp công dân UBND xã`,
  );
  await host.stop();
});
