import type { Kysely } from 'kysely';
import { LATEST_SCHEMA_VERSION } from '../db/migrate';
import type { DB } from '../db/schema';
import { callNext, markNoShow, recall, startService, transfer } from '../services/queue/desk-actions';
import { issueTicket, queueSetup } from '../services/queue/issue-ticket';
import { displayState, queueFigures } from '../services/queue/queue-figures';
import { getTicket, listTickets } from '../services/queue/ticket-views';
import type { ServiceContext } from '../services/context';
import { listCommunes, listProvinces, listSubjects, resolveAddress } from '../services/reference';
import { createSession, listSessions } from '../services/sessions';
import { importRegisterUpload } from '../services/register-import/import-upload';
import { getSetting } from '../services/settings';
import { toLocalDate } from '../../../shared/domain/local-time';
import type { LoginThrottle } from '../auth/login-throttle';
import type { SessionStore } from '../auth/session-store';
import { signIn, signOut } from '../services/sign-in';
import {
  countUsers,
  createFirstAdmin,
  createUser,
  listUsers,
  resetPassword,
  setUserActive,
} from '../services/users';
import { listPrinters, logPrint, printSettings, runPrint } from '../print/print-service';
import type { PrinterPort } from '../print/printer-port';
import {
  backupNow,
  listBackupsView,
  restoreFromList,
  type WithDatabaseClosed,
} from '../services/backup/backup-calls';
import { listAudit } from '../services/audit-list';
import { listSettings, updateSetting } from '../services/settings-editor';
import type { EventBus } from './event-bus';
import { visitHandlers } from './visit-handlers';
import { scheduleHandlers } from './schedule-handlers';
import { exportHandlers } from './export-handlers';
import type { RemovableDrive } from '../services/exports/removable-drives';
import { reportHandlers } from './report-handlers';
import { createTallyEngine, type TallyEngine } from '../services/reports/tally-engine';
import { defaultReceptionFigures } from '../services/reports/reception-figures-source';
import { petitionHandlers } from './petition-handlers';
import type { CallContext, Handlers } from './registry';

export interface HandlerDeps {
  db: Kysely<DB>;
  events: EventBus;
  clock: () => Date;
  appVersion: string;
  sessions: SessionStore;
  throttle: LoginThrottle;
  /** The machine's printers: Electron only; the web host leaves it out (the browser prints). */
  printer?: PrinterPort;
  /**
   * Closes the database, runs the restore, reopens (or relaunches). Absent: `backup:restore` answers
   * CONFLICT with the offline command.
   */
  withDatabaseClosed?: WithDatabaseClosed;
  /** Removable drives for exports; systeminformation when absent. */
  listDrives?: () => Promise<RemovableDrive[]>;
  /** The tally engine (reports, exports); default: one over `db` with the schedule's reception figures. */
  tallies?: TallyEngine;
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
  const session = { sessions: deps.sessions, throttle: deps.throttle };
  const tallies =
    deps.tallies ??
    createTallyEngine({
      db,
      clock: deps.clock,
      appVersion: deps.appVersion,
      receptionFigures: defaultReceptionFigures,
    });
  return {
    'auth:status': async (_input, call) => ({
      needsSetup: (await countUsers(db)) === 0,
      user: call.user,
      idleMinutes: await getSetting(db, 'idle_lock_minutes'),
    }),
    'auth:setup': async (input, call) => {
      const admin = await createFirstAdmin(service(call), input);
      return signIn(service(call), session, call.sessionKey, admin.username, input.password);
    },
    'auth:login': (input, call) =>
      signIn(service(call), session, call.sessionKey, input.username, input.password),
    'auth:logout': async (_input, call) => {
      await signOut(service(call), deps.sessions, call.sessionKey);
      return {};
    },
    'users:list': () => listUsers(db),
    'audit:list': (input) => listAudit(db, input),
    'settings:list': () => listSettings(db),
    'settings:update': async (input, call) => {
      const updated = await updateSetting(service(call), input.key, input.value);
      if (updated.key === 'idle_lock_minutes') deps.sessions.setIdleMs(Number(updated.value) * 60_000);
      return updated;
    },
    'users:create': (input, call) => createUser(service(call), input),
    'users:set-active': async (input, call) => {
      const user = await setUserActive(service(call), input.userId, input.isActive);
      if (!input.isActive) deps.sessions.endUser(input.userId);
      return user;
    },
    'users:reset-password': async (input, call) => {
      const user = await resetPassword(service(call), input.userId, input.password);
      deps.sessions.endUser(input.userId);
      return user;
    },
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
    ...visitHandlers(db, service),
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
    'settings:print': () => printSettings(db),
    'print:printers': () => listPrinters(deps.printer),
    'print:run': (input, call) => runPrint(service(call), deps.printer, input),
    'print:log': (input, call) => logPrint(service(call), input),
    'backup:list': (input) => listBackupsView(db, input.verify),
    'backup:create-now': (_input, call) => backupNow(service(call)),
    'backup:restore': (input, call) => restoreFromList(service(call), input.name, deps.withDatabaseClosed),
    ...scheduleHandlers(db, service),
    ...exportHandlers({ ...deps, computeTally: (request) => tallies.compute(request) }, service),
    ...reportHandlers(tallies),
    ...petitionHandlers(db, service, deps.clock),
  };
}
