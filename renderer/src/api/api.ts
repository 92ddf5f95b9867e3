import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import type { CallError, Envelope, FieldIssue } from '../../../shared/contract/envelope';
import type { WindowApi } from '../../../shared/contract/window-api';
import { createHttpApi, takeToken } from './http-api';

declare global {
  interface Window {
    api?: WindowApi;
  }
}

let cached: WindowApi | null = null;

/** Electron's preload API when present, else the loopback HTTP client (browser fallback, tests). */
export function getApi(): WindowApi {
  if (cached) return cached;
  cached = window.api ?? createHttpApi(takeToken(window.location, window.localStorage, window.history));
  return cached;
}

export function transportName(): 'electron' | 'http' {
  return window.api ? 'electron' : 'http';
}

/** A failed call, carrying the Vietnamese message and the per-field issues for the form. */
export class ApiError extends Error {
  readonly code: CallError['code'];
  readonly issues: FieldIssue[];
  constructor(error: CallError) {
    super(error.message);
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

const authListeners = new Set<(message: string) => void>();

/** Called whenever main answers UNAUTHORIZED (signed out, or the session locked after idle time). */
export function onAuthRequired(listener: (message: string) => void): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}

/** Calls main and unwraps the envelope: the value, or an ApiError to show. */
export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const fn = getApi().calls[name] as unknown as (input: CallInput<N>) => Promise<Envelope<CallOutput<N>>>;
  const result = await fn(input);
  if (!result.ok) {
    if (result.error.code === 'UNAUTHORIZED' && !name.startsWith('auth:')) {
      for (const listener of authListeners) listener(result.error.message);
    }
    throw new ApiError(result.error);
  }
  return result.value;
}
