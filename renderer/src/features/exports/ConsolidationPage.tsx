import { useState } from 'react';
import { ExportControls } from './ExportControls';
import { ReportTableView } from './ReportTableView';
import { useConsolidation } from './use-consolidation';

/** Chromium's folder picker: every file below the chosen folder (a unit's USB stick, a shared folder). */
const FOLDER_PICKER = { webkitdirectory: '' } as Record<string, string>;

/** The packages among the files of a folder: .zip only, in name order. */
export function packagesOf(files: readonly File[]): File[] {
  return files
    .filter((file) => file.name.toLowerCase().endsWith('.zip'))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Tổng hợp đơn vị: an upstream office loads its units' packages and gets the consolidated reports. */
export function ConsolidationPage() {
  const { view, source, error, isBusy, load } = useConsolidation();
  const [files, setFiles] = useState<File[]>([]);
  const bieu01 = view?.result.reports[0];

  return (
    <main aria-labelledby="consolidation-title" className="page">
      <h1 id="consolidation-title">Tổng hợp đơn vị</h1>
      <section className="panel" aria-label="Chọn gói báo cáo">
        <p className="muted">
          Chọn các gói báo cáo (.zip) do Tiếp Dân của các đơn vị lập (chọn nhiều tệp một lúc, hoặc cả thư mục:
          chỉ lấy các tệp .zip). Mỗi gói được kiểm tra mã SHA-256 từng tệp; gói bị sửa đổi, khác kỳ hoặc khác
          chế độ báo cáo bị từ chối kèm lý do; mỗi đơn vị chỉ lấy bản mới nhất.
        </p>
        <label className="field">
          <span>Gói báo cáo của đơn vị</span>
          <input
            type="file"
            multiple
            accept=".zip,application/zip"
            onChange={(event) => setFiles([...(event.target.files ?? [])])}
          />
        </label>
        <label className="field">
          <span>Hoặc cả một thư mục (ổ USB của đơn vị)</span>
          <input
            type="file"
            multiple
            {...FOLDER_PICKER}
            onChange={(event) => setFiles(packagesOf([...(event.target.files ?? [])]))}
          />
        </label>
        <p className="muted" aria-live="polite">
          {files.length === 0
            ? 'Chưa chọn gói nào.'
            : `Đã chọn ${files.length} gói: ${files.map((f) => f.name).join(', ')}.`}
        </p>
        <div className="form-actions">
          <button type="button" disabled={files.length === 0 || isBusy} onClick={() => void load(files)}>
            Kiểm tra và tổng hợp
          </button>
        </div>
        {isBusy && <p role="status">Đang kiểm tra các gói…</p>}
        {error && (
          <p role="alert" className="notice error">
            {error}
          </p>
        )}
      </section>
      {view && (
        <section className="panel" aria-label="Kết quả kiểm tra gói">
          <p role="status">
            Tổng hợp {view.units.length} đơn vị, {view.result.period.label} ({view.result.regime}).
          </p>
          {view.refused.length > 0 && (
            <ul aria-label="Gói bị từ chối" className="notice error">
              {view.refused.map((entry) => (
                <li key={entry.fileName}>
                  {entry.fileName}: {entry.reason}
                </li>
              ))}
            </ul>
          )}
          {view.skipped.length > 0 && (
            <ul aria-label="Gói bỏ qua" className="notice">
              {view.skipped.map((entry) => (
                <li key={entry.fileName}>
                  {entry.fileName}: {entry.reason}
                </li>
              ))}
            </ul>
          )}
          <p>{view.result.narrative}</p>
          {bieu01 && <ReportTableView report={bieu01} />}
        </section>
      )}
      {view && <ExportControls source={source} title="Xuất báo cáo tổng hợp" />}
    </main>
  );
}
