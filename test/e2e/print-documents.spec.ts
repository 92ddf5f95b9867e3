import { expect, test } from '@playwright/test';
import { missingCharacters, tinosCoverage } from './font-coverage';
import type { PrintedPdf } from './pages/print-document-page';
import { pdfPageSize } from './pdf-tools';
import { callApi, startPrintFixture, type PrintFixture } from './print-seed';

test.describe.configure({ mode: 'serial' });

let fx: PrintFixture;
test.beforeAll(async ({ browser }) => {
  fx = await startPrintFixture(browser);
});
test.afterAll(async () => {
  await fx.close();
});

const A4 = { width: 595.28, height: 841.89 };
const A5 = { width: 419.53, height: 595.28 };

/** Page size within half a point (Chromium rounds to whole CSS pixels). */
function expectPageSize(printed: PrintedPdf, size: { width: number; height: number }, pages?: number): void {
  const actual = pdfPageSize(printed.pdf);
  expect(actual.width).toBeCloseTo(size.width, 0);
  expect(actual.height).toBeCloseTo(size.height, 0);
  if (pages !== undefined) expect(actual.pages).toBe(pages);
}

/** The bundled Tinos is embedded, and nothing else: no character fell back to a system font. */
function expectTinosOnly(printed: PrintedPdf): void {
  expect(printed.fonts.length).toBeGreaterThan(0);
  for (const font of printed.fonts) {
    expect(font.name).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
    expect(font.isEmbedded).toBe(true);
  }
}

/** Opens a print route, prints it to PDF, and checks fonts, glyph coverage and the NĐ 30 header. */
async function printRoute(route: string, date: string, number: string | null): Promise<PrintedPdf> {
  await fx.doc.open(route);
  expect(await fx.doc.fontFamily()).toMatch(/^Tinos/);
  const covered = new Set([...tinosCoverage('400-normal'), ...tinosCoverage('700-normal')]);
  expect(missingCharacters(await fx.doc.visibleText(), covered)).toEqual([]);
  const { agency, motto, underline } = await fx.doc.headerGeometry();
  expect(agency!.x + agency!.width).toBeLessThanOrEqual(motto!.x + 1);
  expect(underline).toBe('solid');
  const printed = await fx.doc.printToPdf();
  expectTinosOnly(printed);
  expect(printed.text).toMatch(/^UBND TỈNH ĐỒNG THÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/m);
  expect(printed.text).toMatch(/^BAN TIẾP CÔNG DÂN( TỈNH)? Độc lập – Tự do – Hạnh phúc$/m);
  expect(printed.text).toMatch(/^BAN TIẾP CÔNG DÂN[\s\S]{0,80}?ĐỒNG THÁP/m);
  expect(printed.flat).toContain(`Đồng Tháp, ${date}`);
  if (number !== null) expect(printed.flat).toContain(number);
  return printed;
}

test('the receipt (Mẫu 02) lists the giver, each document, both signers and 02 copies', async () => {
  const printed = await printRoute(
    `/print/receipt/${fx.ids.complaint}`,
    'ngày 05 tháng 3 năm 2026',
    'Số: 1/GBN-BTCD',
  );
  expectPageSize(printed, A4, 1);
  const lines = printed.text.split('\n');
  expect(lines).toContain('GIẤY BIÊN NHẬN');
  expect(lines).toContain('Thông tin, tài liệu, bằng chứng');
  for (const phrase of [
    'Hồi 09 giờ 30 phút, ngày 05 tháng 3 năm 2026, tại: Số 12 đường Nguyễn Huệ, phường Cao Lãnh, tỉnh Đồng Tháp',
    'Tôi là: Nguyễn Quản Trị. Chức vụ: Chuyên viên tiếp công dân',
    'Đã nhận được của ông (bà): Nguyễn Thị Hoà',
    'Số căn cước/CCCD: 001185012345; ngày cấp: ……………; nơi cấp: ……………',
    'Địa chỉ: Số 7 ngõ 12 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội',
    'Giấy biên nhận được lập thành 02 bản, giao cho người cung cấp thông tin, tài liệu, bằng chứng 01 bản./.',
    '(Ký, ghi rõ họ tên, đóng dấu – nếu có)',
  ]) {
    expect(printed.flat).toContain(phrase);
  }
  expect(lines).toContain('1 Đơn khiếu nại 3 Bản chính Nguyên vẹn');
  expect(printed.flat).toMatch(/2 Quyết định thu hồi đất số 15\/QĐ-? 2 Bản sao Bản photo rõ/);
  expect(printed.flat).toMatch(/NGƯỜI CUNG CẤP THÔNG TIN, TÀI NGƯỜI NHẬN LIỆU, BẰNG CHỨNG/);
  expect(lines.filter((line) => /Nguyễn Thị Hoà$|Nguyễn Quản Trị$/.test(line)).length).toBeGreaterThan(0);
});

test('the appointment slip (A5) says when, where, what to bring and whom to call', async () => {
  const query = 'date=2026-03-20&time=08:30&place=Phòng tiếp công dân số 2&bring=Bản chính giấy chứng nhận';
  const printed = await printRoute(
    `/print/appointment/${fx.ids.complaint}?${encodeURI(query)}`,
    'ngày 05 tháng 3 năm 2026',
    'Số: 1/PH-BTCD',
  );
  expectPageSize(printed, A5, 1);
  for (const phrase of [
    'PHIẾU HẸN',
    'Ban Tiếp công dân tỉnh Đồng Tháp hẹn ông (bà): Nguyễn Thị Hoà',
    'Về việc: đơn khiếu nại đã trình bày ngày 05 tháng 3 năm 2026.',
    'Đến làm việc vào hồi: 08:30, ngày 20 tháng 3 năm 2026',
    'Tại: Phòng tiếp công dân số 2',
    'Khi đến, xin mang theo: Bản chính giấy chứng nhận.',
    'Mọi thông tin xin liên hệ: 0277 3851 234',
    'CHUYÊN VIÊN TIẾP CÔNG DÂN',
  ]) {
    expect(printed.flat).toContain(phrase);
  }
  expect(await fx.doc.overflowingTexts('.doc-header')).toEqual([]);
});

test('the refusal notice gives its legal ground in Art. 9', async () => {
  const printed = await printRoute(
    `/print/refusal/${fx.ids.petition}`,
    'ngày 09 tháng 3 năm 2026',
    'Số: ……/TB-BTCD',
  );
  for (const phrase of [
    'THÔNG BÁO Về việc từ chối tiếp công dân',
    'Căn cứ Điều 9 Luật Tiếp công dân số 42/2013/QH13;',
    'Hồi 08 giờ 15 phút, ngày 09 tháng 3 năm 2026, Ban Tiếp công dân tỉnh Đồng Tháp từ chối tiếp ông (bà): Đặng Thị Ỷ Lan',
    'Lý do từ chối: Đe dọa, xúc phạm, vi phạm nội quy nơi tiếp công dân (khoản 2 Điều 9 Luật Tiếp công dân).',
    'TRƯỞNG BAN',
    'Phạm Thị Thu Hương',
  ]) {
    expect(printed.flat).toContain(phrase);
  }
  expect(printed.text).toMatch(/^Nơi nhận: TRƯỞNG BAN$/m);
  const refused = await fx.doc.openExpectingError(`/print/refusal/${fx.ids.complaint}`);
  expect(refused).toBe('Lượt tiếp này không ghi lý do từ chối tiếp, nên không lập được thông báo từ chối.');
});

test('the forwarding and guidance slips follow hướng xử lý', async () => {
  const forward = await printRoute(
    `/print/forward/${fx.ids.denunciation}`,
    'ngày 06 tháng 3 năm 2026',
    'Số: ……/PC-BTCD',
  );
  for (const phrase of [
    'PHIẾU CHUYỂN ĐƠN Kính gửi: Thanh tra tỉnh Đồng Tháp',
    'chuyển đơn đến Thanh tra tỉnh Đồng Tháp để xem xét, giải quyết theo thẩm quyền.',
    'Đề nghị Thanh tra tỉnh Đồng Tháp giữ bí mật họ tên, địa chỉ, bút tích',
    '1 Đơn tố cáo 4 Bản chính Có chữ ký',
  ]) {
    expect(forward.flat).toContain(phrase);
  }
  const guidance = await printRoute(
    `/print/guidance/${fx.ids.petition}`,
    'ngày 09 tháng 3 năm 2026',
    'Số: ……/PHD-BTCD',
  );
  for (const phrase of [
    'PHIẾU HƯỚNG DẪN',
    'đã tiếp ông (bà): Đặng Thị Ỷ Lan',
    'trả lại đơn và hướng dẫn ông (bà) gửi đơn đến Tòa án nhân dân tỉnh Đồng Tháp để được xem xét',
    'Ghi chú: Mang theo bản án phúc thẩm khi nộp đơn',
    'NGƯỜI NHẬN HƯỚNG DẪN CHUYÊN VIÊN TIẾP CÔNG DÂN',
  ]) {
    expect(guidance.flat).toContain(phrase);
  }
  expect(await fx.doc.openExpectingError(`/print/forward/${fx.ids.complaint}`)).toBe(
    'Hướng xử lý của lượt tiếp này không phải chuyển đơn, nên không lập phiếu chuyển đơn.',
  );
});

test('the visit summary lists the facts of the visit', async () => {
  const printed = await printRoute(`/print/visit/${fx.ids.complaint}`, 'ngày 05 tháng 3 năm 2026', null);
  for (const phrase of [
    'PHIẾU THÔNG TIN LƯỢT TIẾP CÔNG DÂN',
    `Lượt tiếp số ${fx.ids.complaint} – Vụ việc VV-2026-00001`,
    'Họ và tên Nguyễn Thị Hoà',
    '001185012345',
    'Hướng xử lý Thụ lý để giải quyết',
    'Phân loại Khiếu nại',
  ]) {
    expect(printed.flat).toContain(phrase);
  }
});

test('the register (Mẫu 03) prints a period on landscape A4, oldest first', async () => {
  const route = '/print/register?from=2026-03-05&to=2026-03-09';
  await fx.doc.open(route);
  const printed = await fx.doc.printToPdf();
  expectTinosOnly(printed);
  expectPageSize(printed, { width: A4.height, height: A4.width });
  expect(printed.flat).toContain('SỔ TIẾP CÔNG DÂN Từ ngày 05/03/2026 đến ngày 09/03/2026');
  expect(printed.text).toContain('(1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12)');
  for (const heading of ['STT', 'Ngày tiếp', 'Họ tên – Địa', 'CMND/Hộ', 'Hướng xử lý', 'Ghi chú']) {
    expect(printed.flat).toContain(heading);
  }
  const rows = printed.text.split('\n').filter((line) => /^\d \d\d\/03\/2026 /.test(line));
  expect(rows.map((row) => row.slice(0, 13))).toEqual(['1 05/03/2026 ', '2 06/03/2026 ', '3 09/03/2026 ']);
  expect(rows[0]).toContain('001185012345');
  expect(printed.flat).toContain('Tổng số: 3 lượt tiếp.');
  expect(printed.flat).not.toContain('10/03/2026');
});

test('printing is offered by the browser, logged, and refused by main without Electron', async () => {
  await fx.doc.open(`/print/receipt/${fx.ids.complaint}`);
  await expect(fx.doc.toolbar.getByText('hoặc chọn “Lưu dưới dạng PDF” để lưu tệp')).toBeVisible();
  await fx.doc.stubBrowserPrint();
  await fx.doc.toolbar.getByRole('button', { name: 'In' }).click();
  await expect(fx.doc.toolbar.getByRole('status')).toHaveText('Đã mở hộp thoại In của trình duyệt.');
  const history = await callApi<{ action: string }[]>(fx.page, fx.host, 'visits:history', {
    id: fx.ids.complaint,
  });
  expect(history.map((entry) => entry.action)).toContain('print');
  const reply = await fx.page.request.post(`${fx.host.url}api/call/print:run`, {
    headers: { Authorization: `Bearer ${fx.host.token}` },
    data: { kind: 'receipt', path: `/print/receipt/${fx.ids.complaint}` },
  });
  const body = (await reply.json()) as { ok: boolean; error: { code: string; message: string } };
  expect(body.ok).toBe(false);
  expect(body.error.code).toBe('CONFLICT');
  expect(body.error.message).toContain('Trên trình duyệt, hãy dùng nút In của trình duyệt');
});
