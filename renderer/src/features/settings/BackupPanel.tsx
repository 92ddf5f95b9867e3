import { useState } from 'react';
import { formatLocalDateTime } from '../../../../shared/domain/local-time';
import { call } from '../../api/api';
import { useCall } from '../../api/use-call';
import { useCurrentUser } from '../auth/user-context';

const KIND_LABELS = {
  daily: 'Tự động hằng ngày',
  manual: 'Sao lưu thủ công',
  before_restore: 'Trước khi khôi phục',
};

/** Sao lưu: the copies in the data folder, "back up now" and restore (administrators). */
export function BackupPanel() {
  const { user } = useCurrentUser();
  const isAdmin = user?.role === 'admin';
  const [version, setVersion] = useState(0);
  const [verify, setVerify] = useState(false);
  const { data, error } = useCall('backup:list', { verify }, version);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (action: () => Promise<string>) => {
    try {
      setMessage(await action());
      setVersion((v) => v + 1);
    } catch (reason) {
      setMessage((reason as Error).message);
    }
  };
  const backupNow = () =>
    run(async () => {
      const made = await call('backup:create-now', {});
      return [`Đã sao lưu: ${made.backup.name}.`, ...made.warnings].join(' ');
    });
  const restore = (name: string) => {
    if (!window.confirm(`Khôi phục dữ liệu từ ${name}? Dữ liệu hiện tại được giữ lại trong thư mục sao lưu.`))
      return;
    void run(async () => {
      const restored = await call('backup:restore', { name });
      return `Đã khôi phục từ ${restored.restoredFrom}; dữ liệu cũ giữ ở ${restored.setAsideAs ?? '—'}.`;
    });
  };

  return (
    <section aria-labelledby="backup-title" className="panel">
      <h2 id="backup-title">Sao lưu và khôi phục</h2>
      {data && (
        <p className="muted">
          Thư mục: {data.folder} · giữ {data.keep} bản · chép thêm: {data.copyDir ?? 'không'}
        </p>
      )}
      <div className="form-actions">
        {isAdmin && (
          <button type="button" onClick={() => void backupNow()}>
            Sao lưu ngay
          </button>
        )}
        <label>
          <input type="checkbox" checked={verify} onChange={(event) => setVerify(event.target.checked)} />{' '}
          Kiểm tra toàn vẹn từng bản
        </label>
      </div>
      {error && <p role="alert">{error}</p>}
      {message && <p role="status">{message}</p>}
      <table className="register" aria-label="Các bản sao lưu">
        <thead>
          <tr>
            <th scope="col">Tệp</th>
            <th scope="col">Loại</th>
            <th scope="col">Lúc ghi</th>
            <th scope="col">Dung lượng</th>
            <th scope="col">Kiểm tra</th>
            {isAdmin && <th scope="col">Khôi phục</th>}
          </tr>
        </thead>
        <tbody>
          {(data?.backups ?? []).map((backup) => (
            <tr key={backup.name}>
              <td>{backup.name}</td>
              <td>{KIND_LABELS[backup.kind]}</td>
              <td>{formatLocalDateTime(backup.writtenAt)}</td>
              <td>{(backup.bytes / 1024 / 1024).toFixed(1)} MB</td>
              <td>
                {backup.check
                  ? backup.check.ok
                    ? 'Toàn vẹn'
                    : (backup.check.problem ?? backup.check.integrity)
                  : ''}
              </td>
              {isAdmin && (
                <td>
                  <button type="button" className="secondary" onClick={() => restore(backup.name)}>
                    Khôi phục
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
