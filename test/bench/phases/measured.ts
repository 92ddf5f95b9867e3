import type { Kysely } from 'kysely';
import type { DB } from '../../../electron/main/db/schema';
import type { Stats } from '../measure';
import type { Figure } from '../report';

/** One measured figure, with a probe that repeats a representative call (for the query profile). */
export interface Measured {
  figure: Figure;
  stats: Stats | null;
  probe: ((db: Kysely<DB>) => Promise<unknown>) | null;
}
