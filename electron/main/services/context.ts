import type { Kysely } from 'kysely';
import type { UserRole } from '../../../shared/domain/classification';
import type { DB } from '../db/schema';
import type { EventBus } from '../registry/event-bus';

/** Who is acting; the audit log records it. */
export interface Actor {
  userId: number | null;
  /** Name written into the audit log and the register's "cán bộ tiếp" column. */
  displayName: string;
  /**
   * The signed-in user's role; absent for the machine itself (the command line run by the
   * administrator at the machine, migrations, tests of services), which sees everything.
   */
  role?: UserRole;
}

/** Everything a service needs, passed in: no globals, no Electron. */
export interface ServiceContext {
  db: Kysely<DB>;
  clock: () => Date;
  events: EventBus;
  actor: Actor;
}
