import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/contract/envelope';
import { createTestDb } from '../../../test/fixtures/test-db';
import { LATEST_SCHEMA_VERSION } from '../db/migrate';
import { createHandlers } from './handlers';
import { createEventBus } from './event-bus';
import { createRegistry, type Handlers } from './registry';

const ctx = { actor: { userId: null, displayName: 'Thử' }, transport: 'cli' as const };

async function setup(override: Partial<Handlers> = {}) {
  const db = await createTestDb();
  const logError = vi.fn();
  const handlers = {
    ...createHandlers({ db, events: createEventBus(), clock: () => new Date(), appVersion: '9.9.9' }),
    ...override,
  };
  return { registry: createRegistry(handlers, logError), logError, db };
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
      value: { items: [], total: 0 },
    });
    expect(await registry.invoke('app:info', undefined, ctx)).toEqual({
      ok: true,
      value: { appVersion: '9.9.9', schemaVersion: LATEST_SCHEMA_VERSION, transport: 'http', visitCount: 0 },
    });
  });
});
