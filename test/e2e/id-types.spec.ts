import { expect, test } from '@playwright/test';
import { callApi, COMPLAINT, startPrintFixture, type PrintFixture } from './print-seed';

test.describe.configure({ mode: 'serial' });

let fx: PrintFixture;
test.beforeAll(async ({ browser }) => {
  fx = await startPrintFixture(browser);
});
test.afterAll(async () => {
  await fx.close();
});

/** A complaint by a citizen who gave one of the papers Luật 136/2025 lists. */
async function visitWith(person: object, receivedAt: string): Promise<number> {
  const visit = { ...COMPLAINT, receivedAt, person: { ...COMPLAINT.person, ...person } };
  return (await callApi<{ id: number }>(fx.page, fx.host, 'visits:create', visit)).id;
}

test('the receipt names the paper the citizen gave: số định danh cá nhân, giấy chứng nhận căn cước', async () => {
  const cases = [
    {
      person: { fullName: 'Phạm Thị Hoa', birthYear: 1970, idType: 'gcn_can_cuoc', idNumber: '999170000123' },
      line: 'Số giấy chứng nhận căn cước: 999170000123; ngày cấp: ……………; nơi cấp: ……………',
    },
    {
      person: { fullName: 'Võ Thị Hạnh', birthYear: 1990, idType: 'so_dinh_danh', idNumber: '087190004321' },
      line: 'Số định danh cá nhân: 087190004321; ngày cấp: ……………; nơi cấp: ……………',
    },
  ];
  for (const [index, { person, line }] of cases.entries()) {
    const id = await visitWith(person, `2026-07-0${index + 2}T09:00`);
    await fx.doc.open(`/print/receipt/${id}`);
    const printed = await fx.doc.printToPdf();
    expect(printed.flat).toContain(`Đã nhận được của ông (bà): ${person.fullName}`);
    expect(printed.flat).toContain(line);
  }
});
