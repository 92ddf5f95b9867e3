import { expect, type Page } from '@playwright/test';

/** The Sổ tiếp công dân list. */
export class RegisterPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Sổ tiếp công dân' }).click();
    await expect(this.page.getByRole('heading', { name: 'Sổ tiếp công dân', level: 1 })).toBeVisible();
  }

  get table() {
    return this.page.getByRole('table', { name: 'Sổ tiếp công dân' });
  }

  rows() {
    return this.table.getByRole('row');
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('search', { name: 'Lọc sổ tiếp công dân' }).getByLabel('Tìm kiếm').fill(text);
  }
}
