import { AppError } from '../../../shared/contract/envelope';
import { toLocalIso } from '../../../shared/domain/local-time';
import type { LoginThrottle } from '../auth/login-throttle';
import type { SessionStore, SessionUser } from '../auth/session-store';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { authenticate } from './users';

export interface SignInDeps {
  sessions: SessionStore;
  throttle: LoginThrottle;
}

/**
 * Signs a session in after the password check; failures count toward the per-name throttle, and every
 * attempt (successful or not) is written to the audit log.
 */
export async function signIn(
  ctx: ServiceContext,
  deps: SignInDeps,
  sessionKey: string | null,
  username: string,
  password: string,
): Promise<SessionUser> {
  const instant = ctx.clock();
  const now = toLocalIso(instant);
  if (sessionKey === null)
    throw new AppError('UNAUTHORIZED', 'Không xác định được phiên làm việc; hãy tải lại trang.');
  const wait = deps.throttle.waitMs(username, instant.getTime());
  if (wait > 0) {
    throw new AppError(
      'FORBIDDEN',
      `Đăng nhập sai nhiều lần; hãy chờ ${Math.ceil(wait / 1000)} giây rồi thử lại.`,
    );
  }
  try {
    const user = await authenticate(ctx.db, username, password);
    deps.throttle.succeed(username);
    deps.sessions.bind(sessionKey, user, instant.getTime());
    await appendAudit(ctx.db, { userId: user.userId, displayName: user.fullName }, now, {
      action: 'auth.login',
      entity: 'user',
      entityId: user.userId,
      detail: null,
    });
    return user;
  } catch (error) {
    deps.throttle.fail(username, instant.getTime());
    await appendAudit(ctx.db, { userId: null, displayName: username }, now, {
      action: 'auth.login-failed',
      entity: 'user',
      entityId: null,
      detail: { username },
    });
    throw error;
  }
}

export async function signOut(
  ctx: ServiceContext,
  sessions: SessionStore,
  sessionKey: string | null,
): Promise<void> {
  if (sessionKey === null) return;
  sessions.end(sessionKey);
  if (ctx.actor.userId !== null) {
    await appendAudit(ctx.db, ctx.actor, toLocalIso(ctx.clock()), {
      action: 'auth.logout',
      entity: 'user',
      entityId: ctx.actor.userId,
      detail: null,
    });
  }
}
