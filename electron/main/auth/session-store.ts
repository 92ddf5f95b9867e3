import type { UserRole } from '../../../shared/domain/classification';

export interface SessionUser {
  userId: number;
  username: string;
  fullName: string;
  role: UserRole;
}

interface Entry {
  user: SessionUser;
  lastActivity: number;
}

export type SessionLookup = { user: SessionUser } | { user: null; reason: 'none' | 'idle' };

/**
 * Signed-in users by session key (a cookie in the browser fallback, the app itself in Electron). A
 * session idle longer than the lock time ends: the next call answers "locked" and the screen asks for
 * the password again, over the open form.
 */
export class SessionStore {
  private readonly entries = new Map<string, Entry>();

  private idleMs: number;

  constructor(idleMs: number) {
    this.idleMs = idleMs;
  }

  /** The lock time follows the `idle_lock_minutes` setting when an administrator changes it. */
  setIdleMs(idleMs: number): void {
    this.idleMs = idleMs;
  }

  bind(key: string, user: SessionUser, now: number): void {
    this.entries.set(key, { user, lastActivity: now });
  }

  end(key: string): void {
    this.entries.delete(key);
  }

  /** Ends every session of a user (deactivated, password reset). */
  endUser(userId: number): void {
    for (const [key, entry] of this.entries) if (entry.user.userId === userId) this.entries.delete(key);
  }

  /** The user of a session, refreshing its activity; an idle session is ended. */
  lookup(key: string | null, now: number, touch = true): SessionLookup {
    const entry = key === null ? undefined : this.entries.get(key);
    if (!entry || key === null) return { user: null, reason: 'none' };
    if (now - entry.lastActivity > this.idleMs) {
      this.entries.delete(key);
      return { user: null, reason: 'idle' };
    }
    if (touch) entry.lastActivity = now;
    return { user: entry.user };
  }
}
