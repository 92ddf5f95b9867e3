import type { Kysely } from 'kysely';
import { APP_VERSION } from './app-version';
import type { DB } from './db/schema';
import { createSearchMaintenance } from './db/search-maintenance';
import { LoginThrottle } from './auth/login-throttle';
import { SessionStore } from './auth/session-store';
import { createEventBus, type EventBus } from './registry/event-bus';
import { getSetting, SETTING_DEFAULTS } from './services/settings';
import { createHandlers } from './registry/handlers';
import { createRegistry, type ErrorLogger, type Registry } from './registry/registry';
import type { PrinterPort } from './print/printer-port';
import type { WithDatabaseClosed } from './services/backup/backup-calls';
import type { DrillRequest, DrillResult } from '../../shared/contract/reports';
import type { TallyRequest, TallyResult } from '../../shared/reports/report-types';
import { drill } from './services/reports/drill';
import { defaultReceptionFigures } from './services/reports/reception-figures-source';
import type { ReceptionFiguresSource } from './services/reports/tally-context';
import { createTallyEngine } from './services/reports/tally-engine';

export interface AppCore {
  registry: Registry;
  events: EventBus;
  sessions: SessionStore;
  /** Every report of a period (exports, the package and the CLI call exactly this). */
  compute(request: TallyRequest): Promise<TallyResult>;
  /** The records behind one figure. */
  drill(request: DrillRequest): Promise<DrillResult>;
  /** Stops background work on the database (before it is closed). */
  close(): void;
}

/** What only some hosts provide. */
export interface AppCoreOptions {
  clock?: () => Date;
  /** Electron's printers; absent in the web host and the CLI. */
  printer?: PrinterPort;
  /** Closes the database for a restore and restarts the app afterwards (Electron). */
  withDatabaseClosed?: WithDatabaseClosed;
  /** Heads' schedule, sessions and dialogues for the tallies; default: the schedule's own figures. */
  receptionFigures?: ReceptionFiguresSource;
}

/** The registry and event bus over an open database: what both transports mount. */
export function createAppCore(db: Kysely<DB>, logError: ErrorLogger, options: AppCoreOptions = {}): AppCore {
  const clock = options.clock ?? (() => new Date());
  const events = createEventBus((error) => logError('event listener failed', error));
  const sessions = new SessionStore(SETTING_DEFAULTS.idle_lock_minutes * 60_000);
  void getSetting(db, 'idle_lock_minutes').then((minutes) => sessions.setIdleMs(minutes * 60_000));
  const tallies = createTallyEngine({
    db,
    clock,
    appVersion: APP_VERSION,
    receptionFigures: options.receptionFigures ?? defaultReceptionFigures,
  });
  const searchMaintenance = createSearchMaintenance(db, (error) =>
    logError('search index merge failed', error),
  );
  events.subscribe((name) => {
    if (name === 'visits:changed') searchMaintenance.schedule();
  });
  const handlers = createHandlers({
    tallies,
    db,
    events,
    clock,
    appVersion: APP_VERSION,
    sessions,
    throttle: new LoginThrottle(),
    ...(options.printer ? { printer: options.printer } : {}),
    ...(options.withDatabaseClosed ? { withDatabaseClosed: options.withDatabaseClosed } : {}),
  });
  return {
    registry: createRegistry(handlers, logError, sessions, clock),
    events,
    sessions,
    compute: (request) => tallies.compute(request),
    drill: (request) => drill(tallies, request),
    close: () => searchMaintenance.stop(),
  };
}
