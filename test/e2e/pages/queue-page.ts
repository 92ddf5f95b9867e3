import { expect, type Page } from '@playwright/test';

/** The Hàng chờ screen: issuing tickets and working one desk. */
export class QueuePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Hàng chờ' }).click();
    await expect(this.page.getByRole('heading', { name: 'Hàng chờ', level: 1 })).toBeVisible();
  }

  async issue(options: { fullName?: string; idNumber?: string; headcount?: string; priority?: string } = {}) {
    const form = this.page.getByRole('form', { name: 'Cấp số thứ tự' });
    await form.getByLabel('Họ và tên (không bắt buộc)').fill(options.fullName ?? '');
    await form.getByLabel('Số giấy tờ (không bắt buộc)').fill(options.idNumber ?? '');
    await form.getByLabel('Số người').fill(options.headcount ?? '1');
    await form.getByLabel('Ưu tiên').selectOption({ label: options.priority ?? 'Không ưu tiên' });
    await form.getByRole('button', { name: 'Cấp số' }).click();
    return this.page.getByRole('status').filter({ hasText: 'Đã cấp số' });
  }

  async useDesk(label: string): Promise<void> {
    await this.page.getByLabel('Bàn của tôi').selectOption({ label });
  }

  async callNext(): Promise<void> {
    await this.page.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  }

  current() {
    return this.page.getByLabel('Số đang phục vụ');
  }

  today() {
    return this.page.getByRole('table', { name: 'Số thứ tự hôm nay' });
  }
}
