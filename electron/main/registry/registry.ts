import type { z } from 'zod';
import {
  contract,
  isCallName,
  type CallName,
  type CallOutput,
  type ParsedInput,
} from '../../../shared/contract';
import { AppError, type CallError, type Envelope, type FieldIssue } from '../../../shared/contract/envelope';
import '../../../shared/contract/zod-locale';
import type { Actor } from '../services/context';

export interface CallContext {
  actor: Actor;
  transport: 'electron' | 'http' | 'cli';
}

export type Handlers = {
  [N in CallName]: (input: ParsedInput<N>, ctx: CallContext) => Promise<CallOutput<N>>;
};

export interface Registry {
  /** Validates, runs and wraps one call; never throws. */
  invoke(name: unknown, input: unknown, ctx: CallContext): Promise<Envelope<unknown>>;
}

export type ErrorLogger = (message: string, error: unknown) => void;

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

function invalidInput(issues: FieldIssue[]): CallError {
  const shown = issues
    .slice(0, 3)
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    .join('; ');
  return {
    code: 'INVALID_INPUT',
    message: `Dữ liệu chưa hợp lệ, hãy sửa rồi gửi lại: ${shown}`,
    issues,
  };
}

/** Mounts the handlers behind the contract; both transports call `invoke`. */
export function createRegistry(handlers: Handlers, logError: ErrorLogger): Registry {
  return {
    async invoke(name, input, ctx) {
      if (!isCallName(name)) {
        const shown = typeof name === 'string' ? name.slice(0, 80) : typeof name;
        return {
          ok: false,
          error: {
            code: 'UNKNOWN_CALL',
            message: `Không có chức năng "${shown}". Hãy cập nhật ứng dụng hoặc kiểm tra tên lệnh gọi.`,
          },
        };
      }
      const spec = contract[name];
      // A call without a body means "no arguments": defaults apply.
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: invalidInput(zodIssues(parsed.error)) };
      try {
        const handler = handlers[name] as (input: unknown, ctx: CallContext) => Promise<unknown>;
        const value = await handler(parsed.data, ctx);
        const checked = spec.output.safeParse(value);
        if (!checked.success) {
          logError(`output of ${name} does not match the contract`, checked.error);
          return { ok: false, error: internalError() };
        }
        return { ok: true, value: checked.data };
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
