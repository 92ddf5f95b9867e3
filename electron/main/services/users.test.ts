import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/envelope';
import { testContext } from '../../../test/fixtures/test-db';
import { LoginThrottle } from '../auth/login-throttle';
import { SessionStore } from '../auth/session-store';
import { signIn } from './sign-in';
import { createFirstAdmin, createUser, setUserActive } from './users';
import { useTestDb } from '../../../test/fixtures/use-test-db';

const { db } = useTestDb();

const deps = () => ({ sessions: new SessionStore(600_000), throttle: new LoginThrottle() });

describe('users and sign-in', () => {
  it('creates the first administrator once, with the chosen password', async () => {
    const admin = await createFirstAdmin(testContext(db()), {
      username: 'quantri',
      fullName: 'Quản trị',
      password: 'mat-khau-1',
    });
    expect(admin).toMatchObject({ username: 'quantri', role: 'admin', isActive: true });
    await expect(
      createFirstAdmin(testContext(db()), { username: 'khac', fullName: 'Khác', password: 'mat-khau-2' }),
    ).rejects.toThrow('Đã có tài khoản quản trị; hãy đăng nhập.');
    const stored = await db().selectFrom('users').select('password_hash').executeTakeFirstOrThrow();
    expect(stored.password_hash).not.toContain('mat-khau-1');
  });

  it('signs in, binds the session, audits success and failure, and refuses a locked account', async () => {
    await createFirstAdmin(testContext(db()), {
      username: 'quantri',
      fullName: 'Quản trị',
      password: 'mat-khau-1',
    });
    const user = await createUser(testContext(db()), {
      username: 'letan',
      fullName: 'Lễ Tân',
      role: 'receptionist',
      password: 'mat-khau-2',
    });
    const d = deps();
    const signedIn = await signIn(testContext(db()), d, 'key-1', 'letan', 'mat-khau-2');
    expect(signedIn).toEqual({
      userId: user.id,
      username: 'letan',
      fullName: 'Lễ Tân',
      role: 'receptionist',
    });
    expect(d.sessions.lookup('key-1', Date.parse('2026-11-27T02:31:00Z')).user?.username).toBe('letan');
    await expect(signIn(testContext(db()), d, 'key-2', 'letan', 'sai-mat-khau')).rejects.toThrow(
      'Tên đăng nhập hoặc mật khẩu không đúng; hãy thử lại.',
    );
    await expect(signIn(testContext(db()), d, 'key-2', 'khong-co-ai', 'x')).rejects.toBeInstanceOf(AppError);
    await setUserActive(testContext(db()), user.id, false);
    await expect(signIn(testContext(db()), d, 'key-3', 'letan', 'mat-khau-2')).rejects.toThrow(
      'Tài khoản này đã bị khóa',
    );
    const actions = (await db().selectFrom('audit_log').select('action').orderBy('id').execute()).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      'user.setup',
      'user.create',
      'auth.login',
      'auth.login-failed',
      'auth.login-failed',
      'user.deactivate',
      'auth.login-failed',
    ]);
  });

  it('throttles repeated wrong passwords', async () => {
    await createFirstAdmin(testContext(db()), {
      username: 'quantri',
      fullName: 'Quản trị',
      password: 'mat-khau-1',
    });
    const d = deps();
    for (let i = 0; i < 5; i += 1)
      await expect(signIn(testContext(db()), d, 'k', 'quantri', 'sai')).rejects.toThrow();
    await expect(signIn(testContext(db()), d, 'k', 'quantri', 'mat-khau-1')).rejects.toThrow(
      /hãy chờ 30 giây/,
    );
  });
});
