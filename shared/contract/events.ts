import { z } from 'zod';

/** Events main sends to every window (Electron) or every connected page (SSE). */
export const events = {
  /** A visit was saved or edited; lists showing visits refresh. */
  'visits:changed': z.object({
    visitId: z.number().int(),
    action: z.enum(['created', 'updated']),
  }),
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.infer<Events[N]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
