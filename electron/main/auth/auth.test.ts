import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle';
import { hashPassword, verifyPassword } from './passwords';
import { SessionStore } from './session-store';

describe('passwords', () => {
  it('hashes with scrypt and a per-user salt, and verifies only the right password', async () => {
    const a = await hashPassword('mật-khẩu-đủ-dài');
    const b = await hashPassword('mật-khẩu-đủ-dài');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('mật-khẩu-đủ-dài', a)).toBe(true);
    expect(await verifyPassword('mật-khẩu-đủ-dài'.normalize('NFD'), a)).toBe(true);
    expect(await verifyPassword('mat-khau-du-dai', a)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});

describe('LoginThrottle', () => {
  it('allows 5 failures, then doubles the wait from 30 s, and forgets after a success', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 5; i += 1) {
      expect(throttle.waitMs('An', 1000)).toBe(0);
      throttle.fail('an', 1000);
    }
    expect(throttle.waitMs('AN', 1000)).toBe(30_000);
    throttle.fail('an', 31_000);
    expect(throttle.waitMs('an', 31_000)).toBe(60_000);
    throttle.succeed('An');
    expect(throttle.waitMs('an', 31_000)).toBe(0);
  });
});

describe('SessionStore', () => {
  const user = { userId: 7, username: 'cb', fullName: 'Cán bộ', role: 'receptionist' as const };

  it('keeps an active session alive and ends an idle one', () => {
    const store = new SessionStore(600_000);
    store.bind('k', user, 0);
    expect(store.lookup('k', 500_000).user).toEqual(user);
    expect(store.lookup('k', 1_000_000).user).toEqual(user);
    expect(store.lookup('k', 1_700_000)).toEqual({ user: null, reason: 'idle' });
    expect(store.lookup('k', 1_700_001)).toEqual({ user: null, reason: 'none' });
  });

  it('ends every session of a user', () => {
    const store = new SessionStore(600_000);
    store.bind('a', user, 0);
    store.bind('b', user, 0);
    store.endUser(7);
    expect([store.lookup('a', 1).user, store.lookup('b', 1).user]).toEqual([null, null]);
  });
});
