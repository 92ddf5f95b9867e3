import { ImportRegisterPanel } from './ImportRegisterPanel';

/** Cài đặt: what is built so far (data import); office details and users come with later versions. */
export function SettingsPage() {
  return (
    <section aria-labelledby="settings-title" className="page">
      <h1 id="settings-title">Cài đặt</h1>
      <p role="note" className="notice">
        Thông tin cơ quan, người dùng và sao lưu tự động chưa có trong phiên bản này; hiện có chức năng nhập
        dữ liệu.
      </p>
      <ImportRegisterPanel />
    </section>
  );
}
