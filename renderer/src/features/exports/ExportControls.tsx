import { useState } from 'react';
import type { ExportFormat, ExportSource } from '../../../../shared/contract/exports';
import { formatCount } from '../../../../shared/domain/number-format';
import { useExport } from './use-export';

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'xlsx', label: 'Excel (XLSX)' },
  { value: 'pdf', label: 'PDF' },
  { value: 'csv', label: 'CSV' },
  { value: 'package', label: 'Gói dữ liệu gửi cấp trên' },
];

function describeDrive(drive: { label: string; mount: string; freeBytes: number | null }): string {
  const free =
    drive.freeBytes === null
      ? ''
      : `, còn trống ${formatCount(Math.floor(drive.freeBytes / 1024 / 1024))} MB`;
  return `${drive.label} (${drive.mount}${free})`;
}

/** Format choice, drive picker and the result of one export of `source`. */
export function ExportControls({ source, title }: { source: ExportSource | null; title: string }) {
  const { drives, refreshDrives, isBusy, outcome, error, run } = useExport(source);
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [mount, setMount] = useState('');
  const picked = drives.some((drive) => drive.mount === mount) ? mount : '';

  return (
    <section aria-label={title} className="panel">
      <h2>{title}</h2>
      <fieldset className="field">
        <legend>Định dạng</legend>
        {FORMATS.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="export-format"
              value={option.value}
              checked={format === option.value}
              onChange={() => setFormat(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>Ổ USB</span>
        <select value={picked} onChange={(event) => setMount(event.target.value)}>
          <option value="">{drives.length === 0 ? 'Chưa thấy ổ USB nào' : 'Chọn ổ USB'}</option>
          {drives.map((drive) => (
            <option key={drive.mount} value={drive.mount}>
              {describeDrive(drive)}
            </option>
          ))}
        </select>
      </label>
      <div className="form-actions">
        <button type="button" onClick={() => void refreshDrives()} disabled={isBusy}>
          Tìm lại ổ USB
        </button>
        <button
          type="button"
          disabled={!source || isBusy || picked === ''}
          onClick={() => void run(format, picked)}
        >
          Ghi ra ổ USB
        </button>
        <button type="button" disabled={!source || isBusy} onClick={() => void run(format, null)}>
          Tải về máy
        </button>
      </div>
      {isBusy && <p role="status">Đang lập và ghi tệp…</p>}
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {outcome?.kind === 'drive' && (
        <div role="status" aria-label="Kết quả xuất" className="notice">
          <p>Đã ghi và kiểm tra lại trên {outcome.done.target}:</p>
          <ul>
            {outcome.done.files.map((file) => (
              <li key={file.fileName}>
                {file.fileName} ({formatCount(file.bytes)} byte, SHA-256 {file.sha256.slice(0, 16)}…)
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.kind === 'download' && (
        <p role="status" aria-label="Kết quả xuất" className="notice">
          Đã tải về {outcome.fileName}.
        </p>
      )}
    </section>
  );
}
