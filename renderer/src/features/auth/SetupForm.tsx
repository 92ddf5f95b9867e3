import { useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH, type SessionUserView } from '../../../../shared/contract/auth';
import { call } from '../../api/api';

/** First start: the administrator chooses their own name and password (there is no default one). */
export function SetupForm({ onDone }: { onDone: (user: SessionUserView) => void }) {
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) return setError('Hai lần nhập mật khẩu không giống nhau; hãy nhập lại.');
    try {
      onDone(await call('auth:setup', { username, fullName, password }));
    } catch (reason) {
      setError((reason as Error).message);
    }
  };

  return (
    <form aria-label="Tạo tài khoản quản trị" className="auth-form" onSubmit={(event) => void submit(event)}>
      <h1>Tạo tài khoản quản trị</h1>
      <p className="notice">
        Lần đầu sử dụng: hãy tạo tài khoản quản trị hệ thống. Mật khẩu do bạn đặt, ít nhất{' '}
        {MIN_PASSWORD_LENGTH} ký tự; hãy ghi nhớ, ứng dụng không có mật khẩu mặc định.
      </p>
      <label className="field">
        <span>Tên đăng nhập</span>
        <input
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="username"
          autoFocus
        />
      </label>
      <label className="field">
        <span>Họ và tên</span>
        <input value={fullName} onChange={(e) => setFullName(e.target.value)} autoComplete="name" />
      </label>
      <label className="field">
        <span>Mật khẩu</span>
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
        />
      </label>
      <label className="field">
        <span>Nhập lại mật khẩu</span>
        <input
          type="password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          autoComplete="new-password"
        />
      </label>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <button type="submit">Tạo tài khoản và đăng nhập</button>
    </form>
  );
}
