import { z } from 'zod';
import { USER_ROLES } from '../domain/classification';
import { defineCall } from './define';
import { choice, requiredText } from './fields';

export const SessionUserView = z.object({
  userId: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(USER_ROLES),
});
export type SessionUserView = z.infer<typeof SessionUserView>;

const Username = z
  .string({ error: 'Hãy nhập tên đăng nhập.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, {
    error: 'Tên đăng nhập gồm 3–32 chữ cái không dấu, chữ số, dấu chấm, gạch.',
  });

export const MIN_PASSWORD_LENGTH = 8;
const NewPassword = z
  .string({ error: 'Hãy nhập mật khẩu.' })
  .min(MIN_PASSWORD_LENGTH, { error: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.` })
  .max(200, { error: 'Mật khẩu dài quá 200 ký tự.' });

export const NewUserInput = z.object({
  username: Username,
  fullName: requiredText(150, 'Họ và tên'),
  role: choice(USER_ROLES, 'Vai trò'),
  password: NewPassword,
});
export type NewUserInput = z.infer<typeof NewUserInput>;

export const UserView = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(USER_ROLES),
  isActive: z.boolean(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof UserView>;

export const authCalls = {
  /** Whether the first administrator must still be created, and who is signed in here. */
  'auth:status': defineCall({
    input: z.object({}).default({}),
    output: z.object({
      needsSetup: z.boolean(),
      user: SessionUserView.nullable(),
      idleMinutes: z.number().int(),
    }),
    summary: 'Trạng thái đăng nhập',
    access: 'public',
  }),
  /** First start: creates the administrator (there is no default password) and signs in. */
  'auth:setup': defineCall({
    input: NewUserInput.omit({ role: true }),
    output: SessionUserView,
    summary: 'Tạo tài khoản quản trị đầu tiên',
    access: 'public',
  }),
  'auth:login': defineCall({
    input: z.object({ username: Username, password: z.string().max(200) }),
    output: SessionUserView,
    summary: 'Đăng nhập',
    access: 'public',
  }),
  /** Sign out, or lock the screen after idle time (the open form stays in the window). */
  'auth:logout': defineCall({
    input: z.object({}).default({}),
    output: z.object({}),
    summary: 'Đăng xuất',
    access: 'public',
  }),
  'users:list': defineCall({
    input: z.object({}).default({}),
    output: z.array(UserView),
    summary: 'Danh sách người dùng',
    access: ['admin'],
  }),
  'users:create': defineCall({
    input: NewUserInput,
    output: UserView,
    summary: 'Thêm người dùng',
    access: ['admin'],
  }),
  'users:set-active': defineCall({
    input: z.object({ userId: z.number().int().positive(), isActive: z.boolean() }),
    output: UserView,
    summary: 'Khóa hoặc mở tài khoản',
    access: ['admin'],
  }),
  'users:reset-password': defineCall({
    input: z.object({ userId: z.number().int().positive(), password: NewPassword }),
    output: UserView,
    summary: 'Đặt lại mật khẩu',
    access: ['admin'],
  }),
};
