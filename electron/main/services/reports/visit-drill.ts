import { sql, type RawBuilder } from 'kysely';
import type { MeasureFilter } from '../../../../shared/reports/definition-types';
import { levelsAllowed, placedCases } from './case-cube';
import type { TallyContext } from './tally-context';

function inList(column: RawBuilder<unknown>, values: readonly string[] | undefined): RawBuilder<unknown>[] {
  if (values === undefined) return [];
  if (values.length === 0) return [sql`0`];
  return [sql`${column} in (${sql.join(values.map((value) => sql`${value}`))})`];
}

function flag(expression: RawBuilder<unknown>, wanted: boolean | undefined): RawBuilder<unknown>[] {
  return wanted === undefined ? [] : [sql`(${expression}) = ${wanted ? 1 : 0}`];
}

/** The ids behind a visit figure: the same conditions as the visit cube, row by row. */
export async function drillVisitIds(ctx: TallyContext, filter: MeasureFilter): Promise<number[]> {
  const { from, to } = ctx.range;
  const conditions = [
    sql`v.received_on >= ${from}`,
    sql`v.received_on <= ${to}`,
    ...flag(sql`v.refusal_reason is not null`, filter.refused ?? false),
    ...inList(sql`v.reception_kind`, filter.receptionKinds),
    ...flag(sql`v.headcount >= ${ctx.groupThreshold}`, filter.group),
    ...inList(sql`v.classification`, filter.classifications),
    ...inList(sql`coalesce(v.subject, '')`, filter.subjects),
    ...inList(sql`v.channel`, filter.channels),
    ...inList(sql`coalesce(v.handling, '')`, filter.handlings),
  ];
  const result = await sql<{ id: number }>`select v.id from visits v
    where ${sql.join(conditions, sql` and `)} order by v.received_at, v.id`.execute(ctx.db);
  return result.rows.map((row) => row.id);
}

/** The ids behind a case figure: cases placed as the tally places them. */
export async function drillCaseIds(ctx: TallyContext, filter: MeasureFilter): Promise<number[]> {
  if (filter.refused) return [];
  const levels = levelsAllowed(filter.receptionKinds);
  const conditions = [
    sql`(p.score >> 1) in (${sql.join(levels.length ? levels : [-1])})`,
    ...flag(sql`p.score & 1`, filter.group),
    ...inList(sql`c.classification`, filter.classifications),
    ...inList(sql`coalesce(c.subject, '')`, filter.subjects),
    ...flag(
      sql`c.first_received_at < ${ctx.range.from}`,
      filter.order === undefined ? undefined : filter.order === 'repeat',
    ),
  ];
  const result = await sql<{ id: number }>`with placed as (${placedCases(ctx)})
    select c.id from placed p join cases c on c.id = p.case_id
    where ${sql.join(conditions, sql` and `)} order by c.id`.execute(ctx.db);
  return result.rows.map((row) => row.id);
}

/**
 * Distinct persons on the period's accepted visits: the person recorded and every representative. Only a
 * group (headcount above 1) can have representatives (the intake refuses more than the headcount), so only
 * those visits are looked up in visit_persons.
 */
export function distinctPersonsQuery(ctx: TallyContext) {
  const { from, to } = ctx.range;
  return sql`select v.person_id as id from visits v
      where v.received_on >= ${from} and v.received_on <= ${to} and v.refusal_reason is null
    union select vp.person_id as id from visits v join visit_persons vp on vp.visit_id = v.id
      where v.received_on >= ${from} and v.received_on <= ${to} and v.refusal_reason is null
        and v.headcount > 1`;
}

export async function countDistinctPersons(ctx: TallyContext): Promise<number> {
  const result = await sql<{ n: number }>`select count(*) as n from (${distinctPersonsQuery(ctx)})`.execute(
    ctx.db,
  );
  return Number(result.rows[0]?.n ?? 0);
}

export async function drillPersonIds(ctx: TallyContext): Promise<number[]> {
  const result = await sql<{ id: number }>`${distinctPersonsQuery(ctx)} order by 1`.execute(ctx.db);
  return result.rows.map((row) => row.id);
}
