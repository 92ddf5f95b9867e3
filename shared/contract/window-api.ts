import type { CallInput, CallName, CallOutput } from './index';
import type { Envelope } from './envelope';
import type { EventName, EventPayload } from './events';

/** One function per contract entry; built from the contract by the preload (Electron) or the HTTP client. */
export type CallFunctions = {
  [N in CallName]: (input: CallInput<N>) => Promise<Envelope<CallOutput<N>>>;
};

/** What the renderer sees as `window.api`, and nothing more. */
export interface WindowApi {
  calls: CallFunctions;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
}

/** IPC channel names shared by the preload and main's adapter. */
export const IPC_CALL_CHANNEL = 'tiepdan:call';
export const IPC_EVENT_CHANNEL = 'tiepdan:event';
