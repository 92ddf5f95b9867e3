import { useCurrentUser } from '../auth/user-context';
import { AuditLogPanel } from './AuditLogPanel';
import { BackupPanel } from './BackupPanel';
import { ImportRegisterPanel } from './ImportRegisterPanel';
import { SettingsFormPanel } from './SettingsFormPanel';
import { UsersPanel } from './UsersPanel';

/**
 * Cài đặt: settings, users and data import (administrators); backups and the audit log (leaders and
 * administrators; only administrators back up or restore).
 */
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
      {isAdmin && <SettingsFormPanel />}
      {isAdmin && <UsersPanel />}
      {mayAudit && <BackupPanel />}
      {isAdmin && <ImportRegisterPanel />}
      {mayAudit && <AuditLogPanel />}
    </section>
  );
}
