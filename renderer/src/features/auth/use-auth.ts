import { useCallback, useEffect, useState } from 'react';
import type { SessionUserView } from '../../../../shared/contract/auth';
import { call, onAuthRequired } from '../../api/api';

export type AuthState =
  | { status: 'loading' }
  | { status: 'setup' }
  | { status: 'signed-out'; message: string | null }
  | { status: 'signed-in'; user: SessionUserView }
  /** Locked over the open screen: the form underneath keeps what was typed. */
  | { status: 'locked'; user: SessionUserView | null; message: string };

/** Who is signed in, and the transitions: first-run setup, sign-in, sign-out, lock. */
export function useAuth() {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [idleMinutes, setIdleMinutes] = useState(10);

  useEffect(() => {
    call('auth:status', {})
      .then((status) => {
        setIdleMinutes(status.idleMinutes);
        if (status.needsSetup) setState({ status: 'setup' });
        else if (status.user) setState({ status: 'signed-in', user: status.user });
        else setState({ status: 'signed-out', message: null });
      })
      .catch((reason: Error) => setState({ status: 'signed-out', message: reason.message }));
  }, []);

  useEffect(
    () =>
      onAuthRequired((message) =>
        setState((current) =>
          current.status === 'signed-in' || current.status === 'locked'
            ? { status: 'locked', user: current.user, message }
            : current,
        ),
      ),
    [],
  );

  const signedIn = useCallback((user: SessionUserView) => setState({ status: 'signed-in', user }), []);
  const lock = useCallback((message: string) => {
    void call('auth:logout', {}).catch(() => undefined);
    setState((current) =>
      current.status === 'signed-in' ? { status: 'locked', user: current.user, message } : current,
    );
  }, []);
  const signOut = useCallback(() => {
    void call('auth:logout', {})
      .catch(() => undefined)
      .then(() => setState({ status: 'signed-out', message: 'Đã đăng xuất.' }));
  }, []);

  return { state, idleMinutes, signedIn, lock, signOut };
}
