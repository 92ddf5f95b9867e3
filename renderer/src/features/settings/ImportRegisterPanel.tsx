import { useState } from 'react';
import { formatCount } from '../../../../shared/domain/number-format';
import { useRegisterImport } from './use-register-import';

/** Cài đặt → Nhập dữ liệu: check an old Excel/CSV register, then import it. */
export function ImportRegisterPanel() {
  const { result, error, isBusy, run } = useRegisterImport();
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
      {isBusy && <p role="status">Đang xử lý tệp…</p>}
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
      {result && result.problems.length > 0 && (
        <table className="register" aria-label="Vấn đề trong tệp">
          <thead>
            <tr>
              <th scope="col">Dòng</th>
              <th scope="col">Cột</th>
              <th scope="col">Mức</th>
              <th scope="col">Nội dung</th>
            </tr>
          </thead>
          <tbody>
            {result.problems.map((problem, index) => (
              <tr key={index}>
                <td>{problem.row ?? 'Cả tệp'}</td>
                <td>{problem.column ?? ''}</td>
                <td>{problem.severity === 'error' ? 'Lỗi' : 'Lưu ý'}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
