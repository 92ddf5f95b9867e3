import { useCurrentUser } from '../auth/user-context';
import { AuditLogPanel } from './AuditLogPanel';
import { ImportRegisterPanel } from './ImportRegisterPanel';
import { UsersPanel } from './UsersPanel';

/** Cài đặt: users and data import (administrators), the audit log (leaders and administrators). */
export function SettingsPage() {
  const { user } = useCurrentUser();
  const isAdmin = user?.role === 'admin';
  const mayAudit = isAdmin || user?.role === 'leader';
  return (
    <section aria-labelledby="settings-title" className="page">
      <h1 id="settings-title">Cài đặt</h1>
      {!isAdmin && !mayAudit && (
        <p role="note" className="notice">
          Các thiết lập của hệ thống do quản trị viên thực hiện; vai trò của bạn không có mục nào ở đây.
        </p>
      )}
      {isAdmin && <UsersPanel />}
      {isAdmin && <ImportRegisterPanel />}
      {mayAudit && <AuditLogPanel />}
    </section>
  );
}
