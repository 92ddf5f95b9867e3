import { z } from 'zod';

/** Events main sends to every window (Electron) or every connected page (SSE). */
export const events = {
  /** A visit was saved or edited (visitId null: many at once, an import); lists showing visits refresh. */
  'visits:changed': z.object({
    visitId: z.number().int().nullable(),
    action: z.enum(['created', 'updated']),
  }),
  /**
   * A register import under way: rows checked (stage check) or written (stage write) so far, of total.
   * Sent every 1,000 rows; no personal data.
   */
  'import:progress': z.object({
    stage: z.enum(['check', 'write']),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
  /** Tickets were issued, called, transferred or finished: queue panels and the display refresh. */
  'queue:changed': z.object({ serviceDay: z.string() }),
  /** A number was called (or recalled): the display shows it and announces it. No personal data. */
  'queue:called': z.object({
    code: z.string(),
    number: z.number().int(),
    deskNumber: z.number().int(),
    deskLabel: z.string(),
    isHeadRoom: z.boolean(),
    sentence: z.string(),
    clips: z.array(z.string()),
    calledAt: z.string(),
  }),
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.infer<Events[N]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
