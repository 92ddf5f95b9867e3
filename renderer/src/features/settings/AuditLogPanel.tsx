import { useState } from 'react';
import { formatLocalDateTime } from '../../../../shared/domain/local-time';
import { useCall } from '../../api/use-call';

/** What each audited action means, in the officer's words. */
const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.login-failed': 'Đăng nhập sai',
  'auth.logout': 'Đăng xuất',
  'user.setup': 'Tạo tài khoản quản trị đầu tiên',
  'user.create': 'Thêm người dùng',
  'user.deactivate': 'Khóa tài khoản',
  'user.activate': 'Mở khóa tài khoản',
  'user.reset-password': 'Đặt lại mật khẩu',
  'visit.create': 'Ghi lượt tiếp',
  'visit.update': 'Sửa lượt tiếp',
  'visit.reveal': 'Xem thông tin người tố cáo',
  'session.create': 'Tạo kỳ tiếp',
  'register.import': 'Nhập sổ cũ',
  'backup.create': 'Sao lưu',
  'backup.restore': 'Khôi phục',
  print: 'In tài liệu',
};

/** Nhật ký hệ thống: the hash-chained audit log, newest first (leaders and administrators). */
export function AuditLogPanel() {
  const [action, setAction] = useState('');
  const { data, error } = useCall('audit:list', { action, limit: 200 });
  return (
    <section aria-labelledby="audit-title" className="panel">
      <h2 id="audit-title">Nhật ký hệ thống</h2>
      <label className="field">
        <span>Loại thao tác</span>
        <select value={action} onChange={(event) => setAction(event.target.value)}>
          <option value="">Tất cả</option>
          {Object.entries(ACTION_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {error && <p role="alert">{error}</p>}
      <table className="register" aria-label="Nhật ký hệ thống">
        <thead>
          <tr>
            <th scope="col">Thời điểm</th>
            <th scope="col">Người thực hiện</th>
            <th scope="col">Thao tác</th>
            <th scope="col">Đối tượng</th>
            <th scope="col">Chi tiết</th>
          </tr>
        </thead>
        <tbody>
          {(data?.items ?? []).map((entry) => (
            <tr key={entry.id}>
              <td>{formatLocalDateTime(entry.at)}</td>
              <td>{entry.actor}</td>
              <td>{ACTION_LABELS[entry.action] ?? entry.action}</td>
              <td>{entry.entity ? `${entry.entity} ${entry.entityId ?? ''}` : ''}</td>
              <td className="content-cell">{entry.detail ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
