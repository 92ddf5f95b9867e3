import type { Kysely } from 'kysely';
import { LATEST_SCHEMA_VERSION } from '../db/migrate';
import type { DB } from '../db/schema';
import { getCase, suggestCases } from '../services/cases';
import { callNext, markNoShow, recall, startService, transfer } from '../services/queue/desk-actions';
import { issueTicket, queueSetup } from '../services/queue/issue-ticket';
import { displayState, queueFigures } from '../services/queue/queue-figures';
import { getTicket, listTickets } from '../services/queue/ticket-views';
import type { ServiceContext } from '../services/context';
import { listCommunes, listProvinces, listSubjects, resolveAddress } from '../services/reference';
import { createSession, listSessions } from '../services/sessions';
import { importRegisterUpload } from '../services/register-import/import-upload';
import { getSetting } from '../services/settings';
import { createVisit } from '../services/visits/create-visit';
import { updateVisit } from '../services/visits/update-visit';
import { visitHistory } from '../services/visits/visit-history';
import { getVisitDetail, listVisits } from '../services/visits/visit-queries';
import { toLocalDate } from '../../../shared/domain/local-time';
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
    'visits:history': (input) => visitHistory(db, input.id),
    'cases:suggest': (input) => suggestCases(db, input),
    'cases:get': (input) => getCase(db, input.id),
    'sessions:list': (input) => listSessions(db, input),
    'sessions:create': (input, call) => createSession(service(call), input),
    'reference:subjects': () => listSubjects(db),
    'reference:provinces': () => Promise.resolve(listProvinces()),
    'reference:communes': (input) => Promise.resolve(listCommunes(input)),
    'reference:resolve-address': (input) => Promise.resolve(resolveAddress(input.text)),
    'import:register': (input, call) => importRegisterUpload(service(call), input),
    'queue:setup': () => queueSetup(db, deps.clock()),
    'queue:issue': (input, call) => issueTicket(service(call), input),
    'queue:call-next': (input, call) => callNext(service(call), input.deskNumber),
    'queue:recall': (input, call) => recall(service(call), input.ticketId),
    'queue:no-show': (input, call) => markNoShow(service(call), input.ticketId),
    'queue:transfer': (input, call) =>
      transfer(service(call), input.ticketId, input.lineCode, input.deskNumber),
    'queue:start': (input, call) => startService(service(call), input.ticketId),
    'queue:get': (input) => getTicket(db, input.ticketId),
    'queue:today': () => listTickets(db, toLocalDate(deps.clock())),
    'queue:display': () => displayState(db, toLocalDate(deps.clock())),
    'queue:figures': (input) => queueFigures(db, input.day ?? toLocalDate(deps.clock())),
    'settings:office': async () => ({
      officeName: await getSetting(db, 'office_name'),
      groupThreshold: await getSetting(db, 'group_threshold'),
    }),
  };
}
