import type { Kysely } from 'kysely';
import { APP_VERSION } from './app-version';
import type { DB } from './db/schema';
import { createEventBus, type EventBus } from './registry/event-bus';
import { createHandlers } from './registry/handlers';
import { createRegistry, type ErrorLogger, type Registry } from './registry/registry';

export interface AppCore {
  registry: Registry;
  events: EventBus;
}

/** The registry and event bus over an open database: what both transports mount. */
export function createAppCore(
  db: Kysely<DB>,
  logError: ErrorLogger,
  clock: () => Date = () => new Date(),
): AppCore {
  const events = createEventBus((error) => logError('event listener failed', error));
  const registry = createRegistry(createHandlers({ db, events, clock, appVersion: APP_VERSION }), logError);
  return { registry, events };
}
