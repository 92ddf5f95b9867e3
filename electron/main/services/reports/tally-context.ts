import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { DateRange, ReceptionFigures } from '../../../../shared/reports/reception-figures';

/** Where the heads' schedule, sessions and dialogues come from (issue 7's service, injected). */
export type ReceptionFiguresSource = (db: Kysely<DB>, range: DateRange) => Promise<ReceptionFigures>;

/** What every measure source loads against: one period of one office's database. */
export interface TallyContext {
  db: Kysely<DB>;
  range: DateRange;
  /** Đoàn đông người from this headcount (setting group_threshold; 5 by the form). */
  groupThreshold: number;
  receptionFigures: ReceptionFiguresSource;
}

/** Level a case is placed at: head in person (2) > delegated (1) > regular desk (0). */
export const LEVEL_KINDS = [['thuong_xuyen'], ['uy_quyen'], ['dinh_ky', 'dot_xuat']] as const;
