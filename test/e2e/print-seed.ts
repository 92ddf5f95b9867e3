import { type Browser, type Page } from '@playwright/test';
import { callApi } from './api-call';
import { setupAdminViaApi } from './auth';
import { startHost, type RunningHost } from './host-process';
import { PrintDocumentPage } from './pages/print-document-page';

export { callApi };

/** Signs in through the API (the page's context keeps the session cookie). */
export async function signInViaApi(
  page: Page,
  host: RunningHost,
  user: { username: string; password: string },
) {
  await callApi(page, host, 'auth:login', user);
}

/** Changes settings through `settings:update` as the signed-in administrator. */
export async function updateSettings(
  page: Page,
  host: RunningHost,
  values: Record<string, string | number>,
): Promise<void> {
  for (const [key, value] of Object.entries(values))
    await callApi(page, host, 'settings:update', { key, value });
}

export const OFFICE_SETTINGS = {
  office_name: 'Ban Tiếp công dân tỉnh Đồng Tháp',
  print_upstream_body: 'UBND tỉnh Đồng Tháp',
  print_office_address: 'Số 12 đường Nguyễn Huệ, phường Cao Lãnh, tỉnh Đồng Tháp',
  print_place_name: 'Đồng Tháp',
  print_contact: '0277 3851 234',
  print_head_title: 'Trưởng ban',
  print_head_name: 'Phạm Thị Thu Hương',
  print_officer_title: 'Chuyên viên tiếp công dân',
  print_reference_suffix: 'BTCD',
};

const BACK_ENTRY = { backEntryReason: 'Nhập bổ sung để thử in giấy tờ' };

/** A complaint with two documents, accepted for resolution. */
export const COMPLAINT = {
  ...BACK_ENTRY,
  receivedAt: '2026-03-05T09:30',
  person: {
    fullName: 'Nguyễn Thị Hoà',
    gender: 'nu',
    birthYear: 1985,
    idType: 'cccd',
    idNumber: '001185012345',
    address: 'Số 7 ngõ 12 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội',
  },
  classification: 'khieu_nai',
  subject: 'dat_dai',
  content: 'Khiếu nại quyết định thu hồi đất nông nghiệp, đề nghị xem xét lại mức bồi thường',
  documents: [
    { name: 'Đơn khiếu nại', pages: 3, isOriginal: true, condition: 'Nguyên vẹn' },
    {
      name: 'Quyết định thu hồi đất số 15/QĐ-UBND',
      pages: 2,
      isOriginal: false,
      condition: 'Bản photo rõ nét',
    },
  ],
  handling: 'thu_ly',
};

/** A denunciation forwarded to the competent body: the denouncer's identity must stay hidden. */
export const DENUNCIATION = {
  ...BACK_ENTRY,
  receivedAt: '2026-03-06T14:05',
  person: {
    fullName: 'Lê Quốc Toàn',
    gender: 'nam',
    birthYear: 1990,
    idType: 'cccd',
    idNumber: '079090001234',
    phone: '0912 345 678',
    address: 'Ấp Mỹ Hòa, xã Tân Phú Đông, tỉnh Đồng Tháp',
  },
  classification: 'to_cao',
  subject: 'tham_nhung',
  content: 'Tố cáo cán bộ địa chính xã nhận tiền để xác nhận hồ sơ đất',
  documents: [{ name: 'Đơn tố cáo', pages: 4, isOriginal: true, condition: 'Có chữ ký' }],
  handling: 'chuyen_don',
  forwardedTo: 'Thanh tra tỉnh Đồng Tháp',
  refusalReason: 'khac',
};

/** A petition returned with guidance, and refused reception on a later visit (threats). */
export const PETITION = {
  ...BACK_ENTRY,
  receivedAt: '2026-03-09T08:15',
  person: {
    fullName: 'Đặng Thị Ỷ Lan',
    gender: 'nu',
    birthYear: 1972,
    idType: 'cccd',
    idNumber: '087172004321',
    address: 'Khóm 3, phường Sa Đéc, tỉnh Đồng Tháp',
  },
  classification: 'kien_nghi',
  subject: 'tu_phap',
  content: 'Kiến nghị xem xét lại bản án tranh chấp thừa kế quyền sử dụng đất',
  handling: 'tra_lai_huong_dan',
  forwardedTo: 'Tòa án nhân dân tỉnh Đồng Tháp',
  refusalReason: 'vi_pham_noi_quy',
  note: 'Mang theo bản án phúc thẩm khi nộp đơn',
};

/** A denunciation returned with guidance (to check the guidance slip hides the denouncer too). */
export const DENUNCIATION_GUIDED = {
  ...DENUNCIATION,
  receivedAt: '2026-03-10T10:00',
  handling: 'tra_lai_huong_dan',
  forwardedTo: 'Công an tỉnh Đồng Tháp',
};

export interface PrintFixture {
  host: RunningHost;
  page: Page;
  doc: PrintDocumentPage;
  ids: { complaint: number; denunciation: number; petition: number; denunciationGuided: number };
  close(): Promise<void>;
}

/**
 * One web host for a print spec: the administrator signed in, the office's print settings written, the
 * four visits seeded through the API, the launch token handed to the page.
 */
export async function startPrintFixture(browser: Browser): Promise<PrintFixture> {
  const host = await startHost();
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await setupAdminViaApi(page, host);
  await updateSettings(page, host, OFFICE_SETTINGS);
  const create = async (visit: object) =>
    (await callApi<{ id: number }>(page, host, 'visits:create', visit)).id;
  const ids = {
    complaint: await create(COMPLAINT),
    denunciation: await create(DENUNCIATION),
    petition: await create(PETITION),
    denunciationGuided: await create(DENUNCIATION_GUIDED),
  };
  const doc = new PrintDocumentPage(page, host);
  await doc.start();
  return {
    host,
    page,
    doc,
    ids,
    close: async () => {
      await context.close();
      await host.stop();
    },
  };
}
