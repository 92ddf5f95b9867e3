/**
 * Slows down password guessing per user name: after 5 failures in a row each further attempt must wait
 * 30 s, doubling up to 15 minutes; a success clears the count. Kept in memory: a restart of the app
 * clears it, which an attacker at the desk could also do by other means.
 */
const FREE_ATTEMPTS = 5;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

interface Failures {
  count: number;
  lastAt: number;
}

export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  /** Milliseconds to wait before the next attempt for this user name (0 = may try now). */
  waitMs(username: string, now: number): number {
    const entry = this.failures.get(username.toLowerCase());
    if (!entry || entry.count < FREE_ATTEMPTS) return 0;
    const delay = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (entry.count - FREE_ATTEMPTS));
    return Math.max(0, entry.lastAt + delay - now);
  }

  fail(username: string, now: number): void {
    const key = username.toLowerCase();
    const entry = this.failures.get(key);
    this.failures.set(key, { count: (entry?.count ?? 0) + 1, lastAt: now });
  }

  succeed(username: string): void {
    this.failures.delete(username.toLowerCase());
  }
}
