import { sql } from 'kysely';
import type { Channel, Classification, ReceptionKind } from '../../../../shared/domain/classification';
import type { MeasureFilter } from '../../../../shared/reports/definition-types';
import { allows, flagAllows } from './measure-filter';
import type { TallyContext } from './tally-context';

/** Visits of the period grouped by every fact a report filters on: one pass over the period's rows. */
export interface VisitCell {
  kind: ReceptionKind;
  isGroup: boolean;
  classification: Classification;
  subject: string;
  channel: Channel;
  handling: string;
  isRepeat: boolean;
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
  is_repeat: number;
  is_refused: number;
  visits: number;
  people: number;
}

/**
 * "Lần đầu" / "nhiều lần" is the case's: repeat when its first reception ever (cases.first_received_at,
 * local ISO time) is before the period's first day.
 */
export async function loadVisitCube(ctx: TallyContext): Promise<VisitCell[]> {
  const { from, to } = ctx.range;
  const result = await sql<RawVisitCell>`
    select v.reception_kind as kind, v.headcount >= ${ctx.groupThreshold} as is_group,
      v.classification, coalesce(v.subject, '') as subject, v.channel, coalesce(v.handling, '') as handling,
      c.first_received_at < ${from} as is_repeat, v.refusal_reason is not null as is_refused,
      count(*) as visits, sum(v.headcount) as people
    from visits v join cases c on c.id = v.case_id
    where v.received_on >= ${from} and v.received_on <= ${to}
    group by 1, 2, 3, 4, 5, 6, 7, 8`.execute(ctx.db);
  return result.rows.map((row) => ({
    kind: row.kind,
    isGroup: row.is_group === 1,
    classification: row.classification,
    subject: row.subject,
    channel: row.channel,
    handling: row.handling,
    isRepeat: row.is_repeat === 1,
    isRefused: row.is_refused === 1,
    visits: Number(row.visits),
    people: Number(row.people),
  }));
}

export function visitCellMatches(cell: VisitCell, filter: MeasureFilter): boolean {
  return (
    flagAllows(filter.refused ?? false, cell.isRefused) &&
    allows(filter.receptionKinds, cell.kind) &&
    flagAllows(filter.group, cell.isGroup) &&
    allows(filter.classifications, cell.classification) &&
    allows(filter.subjects, cell.subject) &&
    allows(filter.channels, cell.channel) &&
    allows(filter.handlings, cell.handling) &&
    flagAllows(filter.order, cell.isRepeat ? 'repeat' : 'first')
  );
}
