import { expect, type Page } from '@playwright/test';

export interface IntakeData {
  fullName: string;
  idNumber?: string;
  address?: string;
  gender?: 'Nam' | 'Nữ';
  birthYear?: string;
  headcount?: string;
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

  /** The main citizen's field (representatives' fields carry a hidden suffix in their names). */
  field(label: string) {
    return this.form.getByLabel(label, { exact: true });
  }

  async fill(data: IntakeData): Promise<void> {
    await this.field('Họ và tên').fill(data.fullName);
    if (data.gender) await this.field('Giới tính').selectOption({ label: data.gender });
    if (data.birthYear) await this.field('Năm sinh').fill(data.birthYear);
    await this.field('Số giấy tờ (CCCD, CMND, hộ chiếu)').fill(data.idNumber ?? '');
    await this.field('Địa chỉ').fill(data.address ?? '');
    if (data.headcount) await this.field('Số người').fill(data.headcount);
    await this.field('Phân loại').selectOption({ label: data.classification });
    await this.field('Nội dung vụ việc').fill(data.content);
  }

  /** Saves with the Enter key, as the desk does. */
  async saveWithEnter(): Promise<void> {
    await this.field('Nội dung vụ việc').press('Enter');
  }

  savedNotice() {
    return this.page.getByRole('status').filter({ hasText: 'Đã lưu lượt tiếp' });
  }

  suggestions() {
    return this.page.getByRole('complementary', { name: 'Gợi ý công dân và vụ việc' });
  }
}
