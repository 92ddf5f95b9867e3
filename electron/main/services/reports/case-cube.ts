import { sql } from 'kysely';
import type { Classification } from '../../../../shared/domain/classification';
import type { MeasureFilter } from '../../../../shared/reports/definition-types';
import { allows, flagAllows } from './measure-filter';
import { groupsBy, LEVEL_KINDS, type TallyContext } from './tally-context';

/** Distinct cases of the period by where they are placed and the case's own facts. */
export interface CaseCell {
  /** 0 regular desk, 1 delegated, 2 head in person (LEVEL_KINDS). */
  level: 0 | 1 | 2;
  /** A group delegation brought it at the level it is placed at. */
  isGroup: boolean;
  classification: Classification;
  subject: string;
  isRepeat: boolean;
  cases: number;
}

/**
 * Each visit scores 2 × level + group; a case's highest score places it once: under the head in person if
 * the head received it, else delegated, else the desk (the form's note), group if a group came at that level.
 * Refused receptions do not count.
 */
export function placementScore(threshold: number) {
  return sql<number>`(case v.reception_kind when 'thuong_xuyen' then 0 when 'uy_quyen' then 2 else 4 end
    + (v.headcount >= ${threshold}))`;
}

export function placedCases(ctx: TallyContext) {
  const { from, to } = ctx.range;
  return sql`select v.case_id, max(${placementScore(ctx.groupThreshold)}) as score from visits v
    where v.received_on >= ${from} and v.received_on <= ${to} and v.refusal_reason is null
    group by v.case_id`;
}

interface RawCaseCell {
  score: number;
  classification: Classification;
  subject: string;
  is_repeat: number;
  cases: number;
}

/** Placement scores 0–5: level × 2 + group (see placementScore). */
const SCORES = [0, 1, 2, 3, 4, 5] as const;

/**
 * Without a breakdown by the case's facts, the placed scores alone (no lookup of each case), counted by
 * one sum per score: one row, no second grouping of the placed cases.
 */
async function scoresOnly(ctx: TallyContext): Promise<RawCaseCell[]> {
  const sums = SCORES.map((score) => sql`sum(p.score = ${score}) as ${sql.ref(`s${score}`)}`);
  const result = await sql<Record<string, number | null>>`
    with placed as (${placedCases(ctx)}) select ${sql.join(sums)} from placed p`.execute(ctx.db);
  const row = result.rows[0] ?? {};
  return SCORES.map((score) => ({
    score,
    classification: '' as Classification,
    subject: '',
    is_repeat: 0,
    cases: Number(row[`s${score}`] ?? 0),
  })).filter((cell) => cell.cases > 0);
}

export async function loadCaseCube(ctx: TallyContext): Promise<CaseCell[]> {
  const needsFacts = (['classifications', 'subjects', 'order'] as const).some((d) => groupsBy(ctx, d));
  const rows = needsFacts ? (await withFacts(ctx).execute(ctx.db)).rows : await scoresOnly(ctx);
  return rows.map((row) => ({
    level: (row.score >> 1) as 0 | 1 | 2,
    isGroup: (row.score & 1) === 1,
    classification: row.classification,
    subject: row.subject,
    isRepeat: row.is_repeat === 1,
    cases: Number(row.cases),
  }));
}

function withFacts(ctx: TallyContext) {
  return sql<RawCaseCell>`
    with placed as (${placedCases(ctx)})
    select p.score, c.classification, coalesce(c.subject, '') as subject,
      c.first_received_at < ${ctx.range.from} as is_repeat, count(*) as cases
    from placed p join cases c on c.id = p.case_id
    group by 1, 2, 3, 4`;
}

export function levelsAllowed(kinds: readonly string[] | undefined): number[] {
  return LEVEL_KINDS.flatMap((levelKinds, level) =>
    kinds === undefined || levelKinds.some((kind) => kinds.includes(kind)) ? [level] : [],
  );
}

export function caseCellMatches(cell: CaseCell, filter: MeasureFilter): boolean {
  return (
    !filter.refused &&
    levelsAllowed(filter.receptionKinds).includes(cell.level) &&
    flagAllows(filter.group, cell.isGroup) &&
    allows(filter.classifications, cell.classification) &&
    allows(filter.subjects, cell.subject) &&
    flagAllows(filter.order, cell.isRepeat ? 'repeat' : 'first')
  );
}
