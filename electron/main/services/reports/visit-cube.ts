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

/** One grouped pass over the period's visits (index on received_on); no join, so it stays cheap at 1M rows. */
/** A fact the set does not break down by is grouped as one constant value (a smaller, faster cube). */
function dimension(ctx: TallyContext, name: Dimension, expression: RawBuilder<unknown>): RawBuilder<unknown> {
  return groupsBy(ctx, name) ? expression : sql`''`;
}

export function visitCubeQuery(ctx: TallyContext) {
  const { from, to } = ctx.range;
  return sql<RawVisitCell>`
    select v.reception_kind as kind, v.headcount >= ${ctx.groupThreshold} as is_group,
      ${dimension(ctx, 'classifications', sql`v.classification`)} as classification,
      ${dimension(ctx, 'subjects', sql`coalesce(v.subject, '')`)} as subject,
      ${dimension(ctx, 'channels', sql`v.channel`)} as channel,
      ${dimension(ctx, 'handlings', sql`coalesce(v.handling, '')`)} as handling,
      v.refusal_reason is not null as is_refused, count(*) as visits, sum(v.headcount) as people
    from visits v
    where v.received_on >= ${from} and v.received_on <= ${to}
    group by 1, 2, 3, 4, 5, 6, 7`;
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
