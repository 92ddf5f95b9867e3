import type { z } from 'zod';
import {
  contract,
  isCallName,
  type CallName,
  type CallOutput,
  type ParsedInput,
} from '../../../shared/contract';
import type { CallSpec } from '../../../shared/contract/define';
import { AppError, type CallError, type Envelope, type FieldIssue } from '../../../shared/contract/envelope';
import '../../../shared/contract/zod-locale';
import { USER_ROLE_LABELS } from '../../../shared/domain/classification';
import type { SessionStore, SessionUser } from '../auth/session-store';
import type { Actor } from '../services/context';

/** What a transport knows about a call: where it came from and which session it belongs to. */
export interface CallOrigin {
  transport: 'electron' | 'http' | 'cli';
  /** The session cookie (browser fallback) or the app's own key (Electron); null when there is none. */
  sessionKey: string | null;
}

/** What a handler gets: the origin plus the signed-in user, checked by the registry. */
export interface CallContext extends CallOrigin {
  user: SessionUser | null;
  actor: Actor;
}

export type Handlers = {
  [N in CallName]: (input: ParsedInput<N>, ctx: CallContext) => Promise<CallOutput<N>>;
};

export interface Registry {
  /** Checks access, validates, runs and wraps one call; never throws. */
  invoke(name: unknown, input: unknown, origin: CallOrigin): Promise<Envelope<unknown>>;
}

export type ErrorLogger = (message: string, error: unknown) => void;

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

function invalidInput(issues: FieldIssue[]): CallError {
  const shown = issues
    .slice(0, 3)
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    .join('; ');
  return { code: 'INVALID_INPUT', message: `Dữ liệu chưa hợp lệ, hãy sửa rồi gửi lại: ${shown}`, issues };
}

const GUEST: Actor = { userId: null, displayName: 'Chưa đăng nhập' };

export function actorOf(user: SessionUser | null): Actor {
  return user === null ? GUEST : { userId: user.userId, displayName: user.fullName, role: user.role };
}

/** The session's user when the call may go ahead, else the refusal (every call is checked here). */
type Authorization = { user: SessionUser | null } | { error: CallError };

function authorize(spec: CallSpec, origin: CallOrigin, sessions: SessionStore, now: number): Authorization {
  const lookup = sessions.lookup(origin.sessionKey, now, spec.access !== 'public');
  if (spec.access === 'public') return { user: lookup.user };
  if (lookup.user === null) {
    const message =
      'reason' in lookup && lookup.reason === 'idle'
        ? 'Màn hình đã khóa vì lâu không thao tác; hãy nhập lại mật khẩu để tiếp tục.'
        : 'Hãy đăng nhập để dùng chức năng này.';
    return { error: { code: 'UNAUTHORIZED', message } };
  }
  if (Array.isArray(spec.access) && !spec.access.includes(lookup.user.role)) {
    const message = `Vai trò "${USER_ROLE_LABELS[lookup.user.role]}" không được phép: ${spec.summary.toLowerCase()}.`;
    return { error: { code: 'FORBIDDEN', message } };
  }
  return { user: lookup.user };
}

/** Mounts the handlers behind the contract; both transports call `invoke`. */
export function createRegistry(
  handlers: Handlers,
  logError: ErrorLogger,
  sessions: SessionStore,
  clock: () => Date = () => new Date(),
): Registry {
  return {
    async invoke(name, input, origin) {
      if (!isCallName(name)) {
        const shown = typeof name === 'string' ? name.slice(0, 80) : typeof name;
        const message = `Không có chức năng "${shown}". Hãy cập nhật ứng dụng hoặc kiểm tra tên lệnh gọi.`;
        return { ok: false, error: { code: 'UNKNOWN_CALL', message } };
      }
      const spec = contract[name] as CallSpec;
      const access = authorize(spec, origin, sessions, clock().getTime());
      if ('error' in access) return { ok: false, error: access.error };
      // A call without a body means "no arguments": defaults apply.
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: invalidInput(zodIssues(parsed.error)) };
      const ctx: CallContext = { ...origin, user: access.user, actor: actorOf(access.user) };
      try {
        const handler = handlers[name] as (input: unknown, ctx: CallContext) => Promise<unknown>;
        const checked = spec.output.safeParse(await handler(parsed.data, ctx));
        if (checked.success) return { ok: true, value: checked.data };
        logError(`output of ${name} does not match the contract`, checked.error);
        return { ok: false, error: internalError() };
      } catch (error) {
        if (error instanceof AppError) {
          return {
            ok: false,
            error: {
              code: error.code,
              message: error.message,
              ...(error.issues ? { issues: error.issues } : {}),
            },
          };
        }
        logError(`call ${name} failed`, error);
        return { ok: false, error: internalError() };
      }
    },
  };
}

function internalError(): CallError {
  return {
    code: 'INTERNAL',
    message:
      'Có lỗi nội bộ, thao tác chưa được lưu. Hãy thử lại; nếu lỗi lặp lại, báo cho quản trị hệ thống.',
  };
}
