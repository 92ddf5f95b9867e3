import type { Kysely } from 'kysely';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import type { Classification } from '../../../../shared/domain/classification';
import type {
  Competence,
  Eligibility,
  FormSubject,
  PetitionLevel,
  PetitionOutcome,
} from '../../../../shared/domain/petitions';
import {
  BIEU_02_XLD_TT06_2025,
  type PlainReportDefinition,
} from '../../../../shared/reports/definitions/bieu-02-xld';
import type { IdentityCheck, ReportSources, ReportTable } from '../../../../shared/reports/report-types';
import type { DB } from '../../db/schema';

/** The stored facts of one petition that Biểu 02/XLD counts. */
export interface PetitionFact {
  id: number;
  receivedOn: string;
  handledOn: string | null;
  classification: Classification;
  level: PetitionLevel | null;
  formSubject: FormSubject;
  eligibility: Eligibility | null;
  competence: Competence | null;
  outcome: PetitionOutcome | null;
  caseId: number | null;
}

export interface Bieu02Period {
  from: string;
  to: string;
}

/**
 * Col 1 counts the petitions received in the period and those carried over: received earlier and not yet
 * handled when the period began.
 */
export function isCounted(fact: PetitionFact, period: Bieu02Period): boolean {
  if (fact.receivedOn > period.to) return false;
  if (fact.receivedOn >= period.from) return true;
  return fact.handledOn === null || fact.handledOn >= period.from;
}

export function isCarriedOver(fact: PetitionFact, period: Bieu02Period): boolean {
  return fact.receivedOn < period.from && isCounted(fact, period);
}

/** The columns one petition adds 1 to (col 5 counts cases, handled apart). */
export function columnsOf(fact: PetitionFact, period: Bieu02Period): string[] {
  if (!isCounted(fact, period)) return [];
  const columns = ['1'];
  if (fact.handledOn === null || fact.handledOn > period.to) return columns;
  columns.push('2');
  if (fact.eligibility !== 'du_dieu_kien') return columns;
  columns.push('3');
  if (fact.competence !== 'thuoc') {
    // Out of competence: guided, or forwarded to the competent body.
    return [...columns, '23', fact.outcome === 'chuyen_don' ? '25' : '24'];
  }
  columns.push('4');
  const subject = fact.formSubject;
  if (fact.classification === 'khieu_nai') {
    const bySubject = subject === 'dat_dai' ? '9' : subject === 'chinh_sach' ? '10' : '11';
    return [...columns, '6', fact.level === 'lan_hai' ? '8' : '7', bySubject];
  }
  if (fact.classification === 'to_cao') {
    const bySubject =
      subject === 'hanh_chinh' ? '15' : subject === 'tham_nhung' ? '16' : subject === 'tu_phap' ? '17' : '18';
    return [...columns, '12', fact.level === 'tiep' ? '14' : '13', bySubject];
  }
  const bySubject = subject === 'chinh_sach' ? '20' : subject === 'dat_dai' ? '21' : '22';
  return [...columns, '19', bySubject];
}

export interface Bieu02Tally {
  values: Record<string, number>;
  /** Column → the petitions behind it (col 5: the cases, by id). */
  sources: Record<string, { kind: 'petitions' | 'cases'; ids: number[] }>;
  carriedOver: number;
}

/** Counts the facts into the 25 columns; pure, so the identities can be checked on generated data. */
export function tallyBieu02(
  facts: readonly PetitionFact[],
  period: Bieu02Period,
  definition = BIEU_02_XLD_TT06_2025,
): Bieu02Tally {
  const ids: Record<string, number[]> = Object.fromEntries(definition.columns.map((column) => [column, []]));
  const cases = new Set<number>();
  let carriedOver = 0;
  for (const fact of facts) {
    const columns = columnsOf(fact, period);
    for (const column of columns) ids[column]?.push(fact.id);
    // A petition without a case is a case of its own (negative id keeps it apart from real cases).
    if (columns.includes('4')) cases.add(fact.caseId ?? -fact.id);
    if (isCarriedOver(fact, period)) carriedOver += 1;
  }
  const caseIds = [...cases].filter((id) => id > 0).sort((a, b) => a - b);
  const values: Record<string, number> = {};
  const sources: Bieu02Tally['sources'] = {};
  for (const column of definition.columns) {
    if (column === '5') {
      values[column] = cases.size;
      sources[column] = { kind: 'cases', ids: caseIds };
    } else {
      values[column] = ids[column]?.length ?? 0;
      sources[column] = { kind: 'petitions', ids: ids[column] ?? [] };
    }
  }
  return { values, sources, carriedOver };
}

/** Every identity of the definition, checked on one row. */
export function checkIdentities(
  rowKey: string,
  values: Record<string, number>,
  definition: PlainReportDefinition = BIEU_02_XLD_TT06_2025,
): IdentityCheck[] {
  return definition.identities.map((identity) => {
    const left = values[identity.left] ?? 0;
    const right = identity.right.reduce((sum, column) => sum + (values[column] ?? 0), 0);
    return { rowKey, expression: identity.expression, left, right, holds: left === right };
  });
}

async function loadFacts(db: Kysely<DB>, to: string): Promise<PetitionFact[]> {
  const rows = await db
    .selectFrom('petitions')
    .select([
      'id',
      'received_on',
      'handled_on',
      'classification',
      'level',
      'form_subject',
      'eligibility',
      'competence',
      'outcome',
      'case_id',
    ])
    .where('received_on', '<=', to)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    receivedOn: row.received_on,
    handledOn: row.handled_on,
    classification: row.classification,
    level: row.level,
    formSubject: row.form_subject,
    eligibility: row.eligibility,
    competence: row.competence,
    outcome: row.outcome,
    caseId: row.case_id,
  }));
}

/**
 * Biểu 02/XLD for an inclusive period: one row for the office, the identities checked, and the records
 * behind every figure for drill-down (kept in main, never exported).
 */
export async function computeBieu02Xld(
  db: Kysely<DB>,
  period: Bieu02Period,
  officeName: string,
): Promise<{ table: ReportTable; sources: ReportSources }> {
  const definition = BIEU_02_XLD_TT06_2025;
  const tally = tallyBieu02(await loadFacts(db, period.to), period, definition);
  const rowKey = 'office';
  const label = `Từ ngày ${formatLocalDate(period.from)} đến ngày ${formatLocalDate(period.to)}`;
  const table: ReportTable = {
    reportId: definition.reportId,
    definitionVersion: definition.definitionVersion,
    regime: definition.regime,
    formCode: definition.formCode,
    title: definition.title,
    period: { spec: `${period.from}..${period.to}`, from: period.from, to: period.to, label },
    header: definition.header,
    columns: definition.columns,
    rows: [{ key: rowKey, label: officeName.trim() || 'Đơn vị', values: tally.values }],
    identities: checkIdentities(rowKey, tally.values, definition),
    notes: [
      `Số liệu tính ${label.charAt(0).toLowerCase()}${label.slice(1)}.`,
      `Cột 1 gồm ${tally.carriedOver} đơn kỳ trước chuyển sang (nhận trước kỳ, chưa xử lý khi bắt đầu kỳ).`,
    ],
  };
  return { table, sources: { [rowKey]: tally.sources } };
}

/** What one figure of Biểu 02/XLD counts: its petitions (col 5: those of col 4, whose cases it counts). */
export async function bieu02CellPetitions(
  db: Kysely<DB>,
  period: Bieu02Period,
  column: string,
): Promise<{ ids: number[]; caseIds: number[] }> {
  const tally = tallyBieu02(await loadFacts(db, period.to), period);
  const source = tally.sources[column === '5' ? '4' : column];
  return {
    ids: source?.ids ?? [],
    caseIds: column === '5' ? (tally.sources['5']?.ids ?? []) : [],
  };
}
