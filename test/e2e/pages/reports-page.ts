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

  async tally(options: { regime?: string; compare?: boolean } = {}): Promise<void> {
    if (options.regime) await this.form.getByLabel('Chế độ báo cáo').selectOption({ label: options.regime });
    if (options.compare === false) await this.form.getByLabel('So sánh cùng kỳ năm trước').uncheck();
    await this.form.getByRole('button', { name: 'Tổng hợp' }).click();
  }

  /** The button of one figure of Biểu 01/TCD's office row. */
  figure(rowLabel: string, column: string, isCompared = false): Locator {
    const name = `Biểu số 01/TCD, ${rowLabel}, cột ${column}${isCompared ? ' (cùng kỳ)' : ''}:`;
    return this.page.getByRole('button', { name: new RegExp(`^${escape(name)} `) });
  }

  drillList(): Locator {
    return this.page.getByRole('list', { name: 'Bản ghi tạo nên số liệu' });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
