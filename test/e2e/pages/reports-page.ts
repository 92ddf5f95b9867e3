import type { Locator, Page } from '@playwright/test';

/** The "Báo cáo" screen: period, regime, cùng kỳ, the forms and the drill-down list. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Chức năng chính' })
      .getByRole('link', { name: 'Báo cáo' })
      .click();
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: 'Chọn kỳ báo cáo' });
  }

  async tally(
    options: { regime?: string; compare?: boolean; from?: string; to?: string } = {},
  ): Promise<void> {
    if (options.from && options.to) {
      await this.form.getByLabel('Loại kỳ').selectOption({ label: 'Từ ngày … đến ngày …' });
      await this.form.getByLabel('Từ ngày', { exact: true }).fill(options.from);
      await this.form.getByLabel('Đến ngày', { exact: true }).fill(options.to);
    }
    if (options.regime) await this.form.getByLabel('Chế độ báo cáo').selectOption({ label: options.regime });
    if (options.compare === false) await this.form.getByLabel('So sánh cùng kỳ năm trước').uncheck();
    await this.form.getByRole('button', { name: 'Tổng hợp' }).click();
  }

  /** The button of one figure of a form's row (Biểu 01/TCD unless another form is named). */
  figure(rowLabel: string, column: string, isCompared = false, formCode = 'Biểu số 01/TCD'): Locator {
    const name = `${formCode}, ${rowLabel}, cột ${column}${isCompared ? ' (cùng kỳ)' : ''}:`;
    return this.page.getByRole('button', { name: new RegExp(`^${escape(name)} `) });
  }

  drillList(): Locator {
    return this.page.getByRole('list', { name: 'Bản ghi tạo nên số liệu' });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
