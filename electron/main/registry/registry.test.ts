import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/contract/envelope';
import { createTestDb } from '../../../test/fixtures/test-db';
import { LATEST_SCHEMA_VERSION } from '../db/migrate';
import { createHandlers } from './handlers';
import { createEventBus } from './event-bus';
import { LoginThrottle } from '../auth/login-throttle';
import { SessionStore } from '../auth/session-store';
import { createRegistry, type Handlers } from './registry';

const ctx = { transport: 'cli' as const, sessionKey: 'admin-session' };
const RECEPTIONIST = { transport: 'cli' as const, sessionKey: 'receptionist-session' };
const NOBODY = { transport: 'cli' as const, sessionKey: null };

async function setup(override: Partial<Handlers> = {}) {
  const db = await createTestDb();
  const logError = vi.fn();
  const sessions = new SessionStore(10 * 60_000);
  const now = Date.now();
  sessions.bind('admin-session', { userId: 1, username: 'admin', fullName: 'Quản trị', role: 'admin' }, now);
  sessions.bind(
    'receptionist-session',
    { userId: 2, username: 'letan', fullName: 'Lễ tân', role: 'receptionist' },
    now,
  );
  const deps = {
    db,
    events: createEventBus(),
    clock: () => new Date(),
    appVersion: '9.9.9',
    sessions,
    throttle: new LoginThrottle(),
  };
  const handlers = { ...createHandlers(deps), ...override };
  return { registry: createRegistry(handlers, logError, sessions), logError, db, sessions };
}

describe('registry', () => {
  it('answers an unknown call with UNKNOWN_CALL in Vietnamese', async () => {
    const { registry } = await setup();
    const result = await registry.invoke('visits:drop-all', {}, ctx);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'UNKNOWN_CALL',
        message: 'Không có chức năng "visits:drop-all". Hãy cập nhật ứng dụng hoặc kiểm tra tên lệnh gọi.',
      },
    });
  });

  it('rejects invalid input with per-field Vietnamese issues', async () => {
    const { registry } = await setup();
    const result = await registry.invoke(
      'visits:create',
      { person: { fullName: '   ', idNumber: '12' }, classification: 'khac', content: 42 },
      ctx,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues).toEqual([
      { path: 'person.fullName', message: 'Hãy nhập họ và tên.' },
      {
        path: 'person.idNumber',
        message: 'Số giấy tờ chỉ gồm chữ số (hoặc chữ cái với hộ chiếu), từ 6 đến 20 ký tự.',
      },
      { path: 'classification', message: 'Hãy chọn phân loại.' },
      { path: 'content', message: 'Hãy nhập nội dung vụ việc.' },
    ]);
    expect(result.error.message).toMatch(
      /^Dữ liệu chưa hợp lệ, hãy sửa rồi gửi lại: person.fullName: Hãy nhập họ và tên./,
    );
  });

  it('passes an AppError through and hides other errors behind INTERNAL', async () => {
    const { registry, logError } = await setup({
      'app:info': () => Promise.reject(new AppError('NOT_FOUND', 'Không thấy.')),
      'visits:list': () => Promise.reject(new Error('SQLITE_CORRUPT: secret detail')),
    });
    expect(await registry.invoke('app:info', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không thấy.' },
    });
    const hidden = await registry.invoke('visits:list', {}, ctx);
    expect(hidden.ok).toBe(false);
    if (!hidden.ok) {
      expect(hidden.error.code).toBe('INTERNAL');
      expect(hidden.error.message).not.toContain('SQLITE');
    }
    expect(logError).toHaveBeenCalledTimes(1);
  });

  it('refuses an output that breaks the contract', async () => {
    const { registry, logError } = await setup({
      'app:info': () => Promise.resolve({ appVersion: 1 } as never),
    });
    const result = await registry.invoke('app:info', {}, ctx);
    expect(result.ok).toBe(false);
    expect(logError).toHaveBeenCalledWith(
      'output of app:info does not match the contract',
      expect.anything(),
    );
  });

  it('runs a valid call and applies defaults', async () => {
    const { registry } = await setup();
    expect(await registry.invoke('visits:list', undefined, ctx)).toEqual({
      ok: true,
      value: { items: [], total: 0, isTotalCapped: false },
    });
    expect(await registry.invoke('app:info', undefined, ctx)).toEqual({
      ok: true,
      value: { appVersion: '9.9.9', schemaVersion: LATEST_SCHEMA_VERSION, transport: 'http', visitCount: 0 },
    });
  });

  it('refuses a signed-in call without a session, and a role-limited call for another role', async () => {
    const { registry } = await setup();
    expect(await registry.invoke('visits:list', {}, NOBODY)).toEqual({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'Hãy đăng nhập để dùng chức năng này.' },
    });
    expect(await registry.invoke('users:list', {}, RECEPTIONIST)).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'Vai trò "Cán bộ tiếp dân" không được phép: danh sách người dùng.',
      },
    });
    expect((await registry.invoke('users:list', {}, ctx)).ok).toBe(true);
    expect((await registry.invoke('app:info', {}, NOBODY)).ok).toBe(true);
  });

  it('checks access before validating, so a stranger learns nothing about the input rules', async () => {
    const { registry } = await setup();
    const result = await registry.invoke('visits:create', { nonsense: true }, NOBODY);
    expect(result.ok === false && result.error.code).toBe('UNAUTHORIZED');
  });

  it('locks a session idle longer than the lock time', async () => {
    const { registry, sessions } = await setup();
    sessions.bind(
      'old',
      { userId: 1, username: 'admin', fullName: 'Quản trị', role: 'admin' },
      Date.now() - 11 * 60_000,
    );
    const result = await registry.invoke('visits:list', {}, { transport: 'cli', sessionKey: 'old' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'UNAUTHORIZED',
        message: 'Màn hình đã khóa vì lâu không thao tác; hãy nhập lại mật khẩu để tiếp tục.',
      },
    });
  });

  it.each([
    ['backup:restore', { name: 'tiepdan-2026-11-26.db' }],
    ['backup:create-now', {}],
    ['settings:update', { key: 'office_name', value: 'UBND xã' }],
    ['settings:list', {}],
    ['users:create', { username: 'moi', fullName: 'Mới', role: 'admin', password: 'mat-khau-moi' }],
    ['import:register', { fileName: 'a.csv', contentBase64: '', dryRun: true }],
    ['visits:reveal', { id: 1, reason: 'xem' }],
    ['audit:list', {}],
  ])('a receptionist may not call %s', async (name, input) => {
    const { registry } = await setup();
    const result = await registry.invoke(name, input, RECEPTIONIST);
    expect(result.ok === false && result.error.code).toBe('FORBIDDEN');
  });

  it('lets an administrator change a setting within its range, audited old → new', async () => {
    const { registry, db } = await setup();
    await db
      .insertInto('users')
      .values({
        id: 1,
        username: 'admin',
        full_name: 'Quản trị',
        role: 'admin',
        password_hash: 'x',
        created_at: 't',
        updated_at: 't',
      })
      .execute();
    const refused = await registry.invoke('settings:update', { key: 'group_threshold', value: 1 }, ctx);
    expect(refused.ok === false && refused.error.message).toBe(
      '"Đoàn đông người từ (người)" phải từ 2 đến 100.',
    );
    const updated = await registry.invoke(
      'settings:update',
      { key: 'office_name', value: ' Ban Tiếp công dân tỉnh ' },
      ctx,
    );
    expect(updated.ok && updated.value).toMatchObject({
      key: 'office_name',
      value: 'Ban Tiếp công dân tỉnh',
    });
    const audit = await db.selectFrom('audit_log').select(['action', 'entity_id', 'detail']).execute();
    expect(audit).toEqual([
      {
        action: 'settings.update',
        entity_id: 'office_name',
        detail: JSON.stringify({ old: '', new: 'Ban Tiếp công dân tỉnh' }),
      },
    ]);
    const unknown = await registry.invoke('settings:update', { key: 'printer_ticket', value: 'x' }, ctx);
    expect(unknown.ok === false && unknown.error.code).toBe('NOT_FOUND');
  });
});
