import { expect, type Page } from '@playwright/test';

export interface IntakeData {
  fullName: string;
  idNumber?: string;
  address?: string;
  classification: 'Khiếu nại' | 'Tố cáo' | 'Kiến nghị' | 'Phản ánh';
  content: string;
}

/** The Tiếp nhận screen, driven by role and label as an officer would with the keyboard. */
export class IntakePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Tiếp nhận' }).click();
    await expect(this.page.getByRole('heading', { name: 'Tiếp nhận công dân' })).toBeVisible();
  }

  get form() {
    return this.page.getByRole('form', { name: 'Phiếu tiếp nhận' });
  }

  async fill(data: IntakeData): Promise<void> {
    await this.form.getByLabel('Họ và tên').fill(data.fullName);
    await this.form.getByLabel('Số giấy tờ (CCCD, CMND, hộ chiếu)').fill(data.idNumber ?? '');
    await this.form.getByLabel('Địa chỉ').fill(data.address ?? '');
    await this.form.getByLabel('Phân loại').selectOption({ label: data.classification });
    await this.form.getByLabel('Nội dung vụ việc').fill(data.content);
  }

  /** Saves with the Enter key, as the desk does. */
  async saveWithEnter(): Promise<void> {
    await this.form.getByLabel('Nội dung vụ việc').press('Enter');
  }

  savedNotice() {
    return this.page.getByRole('status');
  }
}
