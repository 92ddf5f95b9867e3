import { expect, test } from '@playwright/test';
import { pdfPageSize } from './pdf-tools';
import { callApi, startPrintFixture, updateSettings, type PrintFixture } from './print-seed';

test.describe.configure({ mode: 'serial' });

let fx: PrintFixture;
let ticketId: number;
test.beforeAll(async ({ browser }) => {
  fx = await startPrintFixture(browser);
  await updateSettings(fx.page, fx.host, {
    office_name: 'Ban Tiếp công dân Ủy ban nhân dân thành phố Hồ Chí Minh',
  });
  const ticket = await callApi<{ id: number }>(fx.page, fx.host, 'queue:issue', {
    lineCode: 'thuong_xuyen',
    headcount: 12,
    priorityReason: 'nguoi_co_cong',
  });
  ticketId = ticket.id;
});
test.afterAll(async () => {
  await fx.close();
});

for (const width of [58, 80] as const) {
  test(`the queue ticket fits ${width} mm thermal paper without cut text`, async () => {
    await fx.doc.open(`/print/ticket/${ticketId}?width=${width}`);
    const slip = fx.page.getByRole('article', { name: 'Phiếu số thứ tự' });
    const box = await slip.boundingBox();
    expect(box!.width).toBeLessThanOrEqual((width * 96) / 25.4);
    expect(await fx.doc.overflowingTexts('article.ticket')).toEqual([]);
    const printed = await fx.doc.printToPdf();
    const size = pdfPageSize(printed.pdf);
    expect(size.width).toBeCloseTo((width / 25.4) * 72, 0);
    expect(size.pages).toBe(1);
    for (const phrase of [
      'BAN TIẾP CÔNG DÂN ỦY BAN NHÂN DÂN',
      'A001',
      'Ưu tiên: Người có công',
      'Số người: 12',
    ]) {
      expect(printed.flat).toContain(phrase);
    }
    for (const font of printed.fonts) expect(font.isEmbedded).toBe(true);
  });
}
