import { expect, type Page } from '@playwright/test';

/** The Lịch tiếp screen and a session's page, driven by role and label. */
export class SchedulePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Lịch tiếp' }).click();
    await expect(this.page.getByRole('heading', { name: 'Lịch tiếp công dân của lãnh đạo' })).toBeVisible();
  }

  status() {
    return this.page.getByRole('status').first();
  }

  async addWeeklyRule(rule: {
    leader: string;
    weekday: string;
    place: string;
    validFrom: string;
  }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Thêm lịch tiếp định kỳ' });
    await form.getByLabel('Người tiếp').fill(rule.leader);
    await form.getByLabel('Chức vụ').selectOption({ label: 'Chủ tịch UBND cấp xã' });
    await form.getByLabel('Tần suất').selectOption({ label: 'Hằng tuần' });
    await form.getByLabel('Thứ trong tuần').selectOption({ label: rule.weekday });
    await form.getByLabel('Địa điểm').fill(rule.place);
    await form.getByLabel('Áp dụng từ ngày').fill(rule.validFrom);
    await form.getByRole('button', { name: 'Lưu lịch' }).click();
    await expect(this.status()).toHaveText('Đã lưu lịch tiếp định kỳ.');
  }

  sittings() {
    return this.page.getByRole('table', { name: 'Các buổi tiếp trong tháng' });
  }

  sitting(dayText: string) {
    return this.sittings().getByRole('row').filter({ hasText: dayText });
  }
}
