import { sql, type RawBuilder } from 'kysely';
import type { Channel, Classification, ReceptionKind } from '../../../../shared/domain/classification';
import type { MeasureFilter } from '../../../../shared/reports/definition-types';
import { allows, flagAllows } from './measure-filter';
import { groupsBy, type Dimension, type TallyContext } from './tally-context';

/** Visits of the period grouped by every fact a report filters on: one pass over the period's rows. */
export interface VisitCell {
  kind: ReceptionKind;
  isGroup: boolean;
  classification: Classification;
  subject: string;
  channel: Channel;
  handling: string;
  isRefused: boolean;
  visits: number;
  people: number;
}

interface RawVisitCell {
  kind: ReceptionKind;
  is_group: number;
  classification: Classification;
  subject: string;
  channel: Channel;
  handling: string;
  is_refused: number;
  visits: number;
  people: number;
}

/**
 * The period's visits from the per-day cells the saves keep (visit_day_cells, migration 0012): a few
 * thousand rows for six months. A fact the set does not break down by is neither selected nor grouped
 * by (a smaller, faster grouping); the group flag is worked out here, the threshold being a setting.
 */
export function visitCubeQuery(ctx: TallyContext) {
  const { from, to } = ctx.range;
  const facts: [Dimension, string, RawBuilder<unknown>][] = [
    ['classifications', 'classification', sql`c.classification`],
    ['subjects', 'subject', sql`c.subject`],
    ['channels', 'channel', sql`c.channel`],
    ['handlings', 'handling', sql`c.handling`],
  ];
  const columns = facts.map(([dimension, alias, expression]) =>
    groupsBy(ctx, dimension) ? sql`${expression} as ${sql.ref(alias)}` : sql`'' as ${sql.ref(alias)}`,
  );
  const grouped = facts
    .filter(([dimension]) => groupsBy(ctx, dimension))
    .map(([, , expression]) => expression);
  return sql<RawVisitCell>`
    select c.reception_kind as kind, c.headcount >= ${ctx.groupThreshold} as is_group, ${sql.join(columns)},
      c.is_refused as is_refused, sum(c.visits) as visits, sum(c.people) as people
    from visit_day_cells c
    where c.received_on >= ${from} and c.received_on <= ${to} and c.visits > 0
    group by ${sql.join([sql`c.reception_kind`, sql`c.headcount >= ${ctx.groupThreshold}`, sql`c.is_refused`, ...grouped])}`;
}

export async function loadVisitCube(ctx: TallyContext): Promise<VisitCell[]> {
  const result = await visitCubeQuery(ctx).execute(ctx.db);
  return result.rows.map((row) => ({
    kind: row.kind,
    isGroup: row.is_group === 1,
    classification: row.classification,
    subject: row.subject,
    channel: row.channel,
    handling: row.handling,
    isRefused: row.is_refused === 1,
    visits: Number(row.visits),
    people: Number(row.people),
  }));
}

/** `order` (lần đầu / nhiều lần) is a fact of cases: visit measures ignore it. */
export function visitCellMatches(cell: VisitCell, filter: MeasureFilter): boolean {
  return (
    flagAllows(filter.refused ?? false, cell.isRefused) &&
    allows(filter.receptionKinds, cell.kind) &&
    flagAllows(filter.group, cell.isGroup) &&
    allows(filter.classifications, cell.classification) &&
    allows(filter.subjects, cell.subject) &&
    allows(filter.channels, cell.channel) &&
    allows(filter.handlings, cell.handling)
  );
}
