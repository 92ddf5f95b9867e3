import type { Kysely } from 'kysely';
import { LATEST_SCHEMA_VERSION } from '../db/migrate';
import type { DB } from '../db/schema';
import { createVisit, listVisits } from '../services/visits';
import type { ServiceContext } from '../services/context';
import type { EventBus } from './event-bus';
import type { CallContext, Handlers } from './registry';

export interface HandlerDeps {
  db: Kysely<DB>;
  events: EventBus;
  clock: () => Date;
  appVersion: string;
}

/** Maps every contract entry to its service; the only place that knows both. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const service = (call: CallContext): ServiceContext => ({
    db: deps.db,
    clock: deps.clock,
    events: deps.events,
    actor: call.actor,
  });
  return {
    'app:info': async (_input, call) => {
      const visits = await deps.db
        .selectFrom('visits')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return {
        appVersion: deps.appVersion,
        schemaVersion: LATEST_SCHEMA_VERSION,
        transport: call.transport === 'electron' ? 'electron' : 'http',
        visitCount: Number(visits.n),
      };
    },
    'visits:create': (input, call) => createVisit(service(call), input),
    'visits:list': (input) => listVisits(deps.db, input),
  };
}
