import { expect, type Page } from '@playwright/test';

/** Sổ đơn thư: the registry, the new-petition form and a petition's page. */
export class PetitionsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Chức năng chính' })
      .getByRole('link', { name: 'Đơn thư' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Sổ đơn thư', level: 1 })).toBeVisible();
  }

  get registry() {
    return this.page.getByRole('table', { name: 'Sổ đơn thư' });
  }

  get newForm() {
    return this.page.getByRole('form', { name: 'Vào sổ đơn' });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'Vào sổ đơn mới' }).click();
    await expect(this.newForm.getByLabel('Ngày nhận đơn')).toBeFocused();
  }

  async fillNew(values: {
    source: string;
    fullName: string;
    idNumber: string;
    address: string;
    classification: string;
    subject: string;
    level?: string;
    content: string;
  }): Promise<void> {
    const form = this.newForm;
    await form.getByLabel('Nguồn đơn').selectOption({ label: values.source });
    await form.getByLabel('Họ và tên').fill(values.fullName);
    await form.getByLabel('Số giấy tờ').fill(values.idNumber);
    await form.getByLabel('Địa chỉ').fill(values.address);
    await form.getByLabel('Phân loại đơn').selectOption({ label: values.classification });
    await form.getByLabel('Lĩnh vực (Biểu 02/XLD)').selectOption({ label: values.subject });
    if (values.level) await form.getByLabel('Lần khiếu nại, tố cáo').selectOption({ label: values.level });
    await form.getByLabel('Nội dung đơn').fill(values.content);
  }

  /** Saves with Enter from the last one-line field, as an officer at the keyboard does. */
  async saveWithEnter(): Promise<void> {
    await this.newForm.getByLabel('Ghi chú').press('Enter');
  }

  get handlingForm() {
    return this.page.getByRole('form', { name: 'Xử lý đơn' });
  }

  async forward(to: string): Promise<void> {
    const form = this.handlingForm;
    await form.getByLabel('Điều kiện xử lý').selectOption({ label: 'Đủ điều kiện xử lý' });
    await form.getByLabel('Thẩm quyền').selectOption({ label: 'Không thuộc thẩm quyền' });
    await form.getByLabel('Kết quả xử lý').selectOption({ label: 'Chuyển đơn' });
    await form.getByLabel('Cơ quan nhận đơn chuyển').fill(to);
    await form.getByRole('button', { name: 'Lưu kết quả xử lý' }).click();
  }

  history() {
    return this.page.getByRole('list', { name: 'Quá trình xử lý' }).getByRole('listitem');
  }
}
