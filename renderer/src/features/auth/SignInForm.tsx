import { useState, type FormEvent } from 'react';
import type { SessionUserView } from '../../../../shared/contract/auth';
import { call } from '../../api/api';

export interface SignInFormProps {
  title: string;
  intro: string | null;
  /** Pre-filled user name on the lock screen. */
  username?: string;
  onSignedIn: (user: SessionUserView) => void;
}

/** User name and password; errors (wrong password, throttling, locked account) shown in Vietnamese. */
export function SignInForm({ title, intro, username: initialName = '', onSignedIn }: SignInFormProps) {
  const [username, setUsername] = useState(initialName);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      onSignedIn(await call('auth:login', { username, password }));
    } catch (reason) {
      setError((reason as Error).message);
      setPassword('');
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form aria-label={title} className="auth-form" onSubmit={(event) => void submit(event)}>
      <h1>{title}</h1>
      {intro && <p className="notice">{intro}</p>}
      <label className="field">
        <span>Tên đăng nhập</span>
        <input
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="username"
          autoFocus={initialName === ''}
        />
      </label>
      <label className="field">
        <span>Mật khẩu</span>
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          autoFocus={initialName !== ''}
        />
      </label>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <button type="submit" disabled={isBusy || username === '' || password === ''}>
        Đăng nhập
      </button>
    </form>
  );
}
