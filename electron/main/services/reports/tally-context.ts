import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { DateRange, ReceptionFigures } from '../../../../shared/reports/reception-figures';
import type { ReportDefinition } from '../../../../shared/reports/definition-types';

/** Facts a report set may break figures down by; the cubes group only by those the set uses. */
export type Dimension = 'classifications' | 'subjects' | 'channels' | 'handlings' | 'order';
export const ALL_DIMENSIONS: ReadonlySet<Dimension> = new Set([
  'classifications',
  'subjects',
  'channels',
  'handlings',
  'order',
]);

/** The dimensions any row or column filter of the definitions names. */
export function dimensionsUsed(definitions: readonly ReportDefinition[]): ReadonlySet<Dimension> {
  const used = new Set<Dimension>();
  for (const definition of definitions) {
    const filters = [...definition.rows, ...definition.columns].map((item) =>
      'filter' in item ? item.filter : undefined,
    );
    for (const filter of filters) {
      for (const dimension of ALL_DIMENSIONS) if (filter?.[dimension] !== undefined) used.add(dimension);
    }
  }
  return used;
}

/** Where the heads' schedule, sessions and dialogues come from (issue 7's service, injected). */
export type ReceptionFiguresSource = (db: Kysely<DB>, range: DateRange) => Promise<ReceptionFigures>;

/** What every measure source loads against: one period of one office's database. */
export interface TallyContext {
  db: Kysely<DB>;
  range: DateRange;
  /** Đoàn đông người from this headcount (setting group_threshold; 5 by the form). */
  groupThreshold: number;
  receptionFigures: ReceptionFiguresSource;
  /** What the cubes group by (default: everything); a 01/TCD alone needs none of them. */
  dimensions?: ReadonlySet<Dimension>;
}

/** Whether a cube must group by a dimension. */
export function groupsBy(ctx: TallyContext, dimension: Dimension): boolean {
  return (ctx.dimensions ?? ALL_DIMENSIONS).has(dimension);
}

/** Level a case is placed at: head in person (2) > delegated (1) > regular desk (0). */
export const LEVEL_KINDS = [['thuong_xuyen'], ['uy_quyen'], ['dinh_ky', 'dot_xuat']] as const;
