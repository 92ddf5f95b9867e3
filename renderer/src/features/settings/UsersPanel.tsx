import { useState, type FormEvent } from 'react';
import { USER_ROLES, USER_ROLE_LABELS, type UserRole } from '../../../../shared/domain/classification';
import { call } from '../../api/api';
import { useCall } from '../../api/use-call';

/** Người dùng (administrators): add officers with a role, lock or unlock accounts, reset passwords. */
export function UsersPanel() {
  const [version, setVersion] = useState(0);
  const { data: users, error } = useCall('users:list', {}, version);
  const [form, setForm] = useState({
    username: '',
    fullName: '',
    role: 'receptionist' as UserRole,
    password: '',
  });
  const [message, setMessage] = useState<string | null>(null);

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setMessage(done);
      setVersion((v) => v + 1);
    } catch (reason) {
      setMessage((reason as Error).message);
    }
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    void run(() => call('users:create', form), `Đã thêm người dùng ${form.username}.`).then(() =>
      setForm({ username: '', fullName: '', role: 'receptionist', password: '' }),
    );
  };

  return (
    <section aria-labelledby="users-title" className="panel">
      <h2 id="users-title">Người dùng</h2>
      {error && <p role="alert">{error}</p>}
      {message && <p role="status">{message}</p>}
      <table className="register" aria-label="Danh sách người dùng">
        <thead>
          <tr>
            <th scope="col">Tên đăng nhập</th>
            <th scope="col">Họ và tên</th>
            <th scope="col">Vai trò</th>
            <th scope="col">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {(users ?? []).map((user) => (
            <tr key={user.id}>
              <td>{user.username}</td>
              <td>{user.fullName}</td>
              <td>{USER_ROLE_LABELS[user.role]}</td>
              <td>
                {user.isActive ? 'Đang dùng' : 'Đã khóa'}{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    void run(
                      () => call('users:set-active', { userId: user.id, isActive: !user.isActive }),
                      user.isActive ? `Đã khóa ${user.username}.` : `Đã mở khóa ${user.username}.`,
                    )
                  }
                >
                  {user.isActive ? 'Khóa' : 'Mở khóa'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form aria-label="Thêm người dùng" className="intake-form" onSubmit={add}>
        <label className="field">
          <span>Tên đăng nhập mới</span>
          <input value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} />
        </label>
        <label className="field">
          <span>Họ và tên người dùng</span>
          <input value={form.fullName} onChange={(e) => setForm({ ...form, fullName: e.target.value })} />
        </label>
        <label className="field">
          <span>Vai trò</span>
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as UserRole })}>
            {USER_ROLES.map((role) => (
              <option key={role} value={role}>
                {USER_ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Mật khẩu ban đầu</span>
          <input
            type="password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
        </label>
        <div className="form-actions">
          <button type="submit">Thêm người dùng</button>
        </div>
      </form>
    </section>
  );
}
