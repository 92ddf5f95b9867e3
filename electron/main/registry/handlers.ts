import type { Kysely } from 'kysely';
import { LATEST_SCHEMA_VERSION } from '../db/migrate';
import type { DB } from '../db/schema';
import { getCase, suggestCases } from '../services/cases';
import type { ServiceContext } from '../services/context';
import { listCommunes, listProvinces, listSubjects, resolveAddress } from '../services/reference';
import { createSession, listSessions } from '../services/sessions';
import { getSetting } from '../services/settings';
import { createVisit } from '../services/visits/create-visit';
import { updateVisit } from '../services/visits/update-visit';
import { getVisitDetail, listVisits } from '../services/visits/visit-queries';
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
  const { db } = deps;
  const service = (call: CallContext): ServiceContext => ({
    db,
    clock: deps.clock,
    events: deps.events,
    actor: call.actor,
  });
  return {
    'app:info': async (_input, call) => {
      const visits = await db
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
    'visits:update': (input, call) => updateVisit(service(call), input),
    'visits:get': (input) => getVisitDetail(db, input.id),
    'visits:list': (input) => listVisits(db, input),
    'cases:suggest': (input) => suggestCases(db, input),
    'cases:get': (input) => getCase(db, input.id),
    'sessions:list': (input) => listSessions(db, input),
    'sessions:create': (input, call) => createSession(service(call), input),
    'reference:subjects': () => listSubjects(db),
    'reference:provinces': () => Promise.resolve(listProvinces()),
    'reference:communes': (input) => Promise.resolve(listCommunes(input)),
    'reference:resolve-address': (input) => Promise.resolve(resolveAddress(input.text)),
    'settings:office': async () => ({
      officeName: await getSetting(db, 'office_name'),
      groupThreshold: await getSetting(db, 'group_threshold'),
    }),
  };
}
