import { CALL_NAMES } from '../../../shared/contract';
import type { CallError, Envelope } from '../../../shared/contract/envelope';
import { EVENT_NAMES, type EventName } from '../../../shared/contract/events';
import type { CallFunctions, WindowApi } from '../../../shared/contract/window-api';

const TOKEN_KEY = 'tiepdan.token';

/**
 * The launch token arrives once in the address (`?token=…`), is kept in this origin's storage (so the
 * display and print pages opened in new tabs work too) and removed from the address bar so it is not
 * bookmarked or shown on a shared screen. A new launch brings a new token that replaces it.
 */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

const UNREACHABLE: CallError = {
  code: 'INTERNAL',
  message:
    'Không kết nối được với máy chủ Tiếp Dân trên máy này; hãy kiểm tra ứng dụng còn chạy rồi thử lại.',
};

async function post(name: string, input: unknown, token: string | null): Promise<Envelope<unknown>> {
  try {
    const response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: UNREACHABLE };
  }
}

/** The same `window.api` shape as Electron's preload, over the loopback host. */
export function createHttpApi(token: string | null): WindowApi {
  const calls = Object.fromEntries(
    CALL_NAMES.map((name) => [name, (input: unknown) => post(name, input, token)]),
  ) as CallFunctions;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  const connect = () => {
    source = new EventSource(`/api/events?token=${encodeURIComponent(token ?? '')}`);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        const payload = JSON.parse((event as MessageEvent<string>).data) as unknown;
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  };
  return {
    calls,
    on(name, listener) {
      if (source === null) connect();
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(name, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}
