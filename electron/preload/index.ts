import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_NAMES } from '../../shared/contract';
import { EVENT_NAMES, type EventName } from '../../shared/contract/events';
import {
  IPC_CALL_CHANNEL,
  IPC_EVENT_CHANNEL,
  type CallFunctions,
  type WindowApi,
} from '../../shared/contract/window-api';

type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();

ipcRenderer.on(IPC_EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (typeof name !== 'string' || !EVENT_NAMES.includes(name as EventName)) return;
  for (const listener of listeners.get(name as EventName) ?? []) listener(payload);
});

const calls = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(IPC_CALL_CHANNEL, name, input)]),
) as CallFunctions;

const api: WindowApi = {
  calls,
  on(name, listener) {
    const set = listeners.get(name) ?? new Set<Listener>();
    set.add(listener as Listener);
    listeners.set(name, set);
    return () => set.delete(listener as Listener);
  },
};

contextBridge.exposeInMainWorld('api', api);
