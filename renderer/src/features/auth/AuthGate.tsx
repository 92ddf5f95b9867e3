import { useCallback, type ReactNode } from 'react';
import type { SessionUserView } from '../../../../shared/contract/auth';
import { SetupForm } from './SetupForm';
import { SignInForm } from './SignInForm';
import { useAuth } from './use-auth';
import { useIdleLock } from './use-idle-lock';
import { UserContext } from './user-context';
import './auth.css';

/**
 * Nothing of the register shows until someone signs in. A lock (idle time, or main saying the session
 * ended) covers the screen without unmounting it, so a half-typed form is still there afterwards.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { state, idleMinutes, signedIn, lock, signOut } = useAuth();
  const onIdle = useCallback(
    () => lock(`Màn hình đã khóa sau ${idleMinutes} phút không thao tác; hãy nhập mật khẩu để tiếp tục.`),
    [lock, idleMinutes],
  );
  useIdleLock(state.status === 'signed-in', idleMinutes, onIdle);

  if (state.status === 'loading') return <p className="auth-loading">Đang kết nối…</p>;
  if (state.status === 'setup')
    return (
      <div className="auth-page">
        <SetupForm onDone={signedIn} />
      </div>
    );
  if (state.status === 'signed-out') {
    return (
      <div className="auth-page">
        <SignInForm title="Đăng nhập Tiếp Dân" intro={state.message} onSignedIn={signedIn} />
      </div>
    );
  }
  const user: SessionUserView | null = state.user;
  const isLocked = state.status === 'locked';
  return (
    <UserContext.Provider value={{ user, signOut }}>
      <div inert={isLocked} aria-hidden={isLocked || undefined}>
        {children}
      </div>
      {isLocked && (
        <div className="auth-lock" role="dialog" aria-modal="true" aria-label="Màn hình đã khóa">
          <SignInForm
            title="Màn hình đã khóa"
            intro={state.message}
            username={user?.username ?? ''}
            onSignedIn={signedIn}
          />
        </div>
      )}
    </UserContext.Provider>
  );
}
