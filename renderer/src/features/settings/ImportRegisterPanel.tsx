import { useState } from 'react';
import { importProgressText, type ImportProgress } from '../../../../shared/domain/import-progress';
import { formatCount } from '../../../../shared/domain/number-format';
import { ImportProblems } from './ImportProblems';
import { useRegisterImport } from './use-register-import';

/** What the import is doing now, in words. */
function progressText(progress: ImportProgress | null): string {
  return progress === null ? 'Đang đọc tệp…' : importProgressText(progress);
}

/** Cài đặt → Nhập dữ liệu: check an old Excel/CSV register, then import it. */
export function ImportRegisterPanel() {
  const { result, error, isBusy, progress, run } = useRegisterImport();
  const [file, setFile] = useState<File | null>(null);
  const errors = result?.problems.filter((problem) => problem.severity === 'error') ?? [];
  const canImport = file !== null && result?.dryRun === true && result.validRows > 0 && !isBusy;

  return (
    <section aria-labelledby="import-title" className="panel">
      <h2 id="import-title">Nhập sổ tiếp công dân cũ</h2>
      <p className="muted">
        Chọn tệp XLSX hoặc CSV (UTF-8) theo mẫu trong hướng dẫn. Bước 1 kiểm tra từng dòng, chưa ghi gì; bước
        2 nhập các dòng hợp lệ trong một lần. Nhập lại cùng tệp không tạo bản ghi trùng.
      </p>
      <label className="field">
        <span>Tệp sổ tiếp công dân</span>
        <input
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </label>
      <div className="form-actions">
        <button type="button" disabled={file === null || isBusy} onClick={() => file && void run(file, true)}>
          Kiểm tra tệp
        </button>
        <button type="button" disabled={!canImport} onClick={() => file && void run(file, false)}>
          Nhập {result?.dryRun ? formatCount(result.validRows - result.alreadyImported) : ''} dòng hợp lệ
        </button>
      </div>
      {isBusy && (
        <p role="status">
          {progressText(progress)}{' '}
          {progress && <progress max={progress.total} value={progress.done} aria-label="Tiến độ nhập" />}
        </p>
      )}
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {result && (
        <div role="status" aria-label="Kết quả nhập" className="notice">
          <p>
            {formatCount(result.totalRows)} dòng dữ liệu, {formatCount(result.validRows)} dòng hợp lệ,{' '}
            {formatCount(errors.length)} lỗi.
            {result.alreadyImported > 0 &&
              ` ${formatCount(result.alreadyImported)} dòng đã có trong sổ (bỏ qua).`}
          </p>
          <p>
            {result.dryRun
              ? 'Kiểm tra xong, chưa ghi gì vào sổ.'
              : `Đã nhập ${formatCount(result.imported)} lượt tiếp, ${formatCount(result.createdCases)} vụ việc mới.`}
          </p>
        </div>
      )}
      {result && file && <ImportProblems fileName={file.name} problems={result.problems} />}
    </section>
  );
}
