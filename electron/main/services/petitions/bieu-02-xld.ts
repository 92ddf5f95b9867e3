import type { Kysely } from 'kysely';
import type { Classification } from '../../../../shared/domain/classification';
import type {
  Competence,
  Eligibility,
  FormSubject,
  PetitionLevel,
  PetitionOutcome,
} from '../../../../shared/domain/petitions';
import { BIEU_02_XLD_COLUMNS } from '../../../../shared/reports/definitions/bieu-02-xld';
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
}

/** Counts the facts into the 25 columns; pure, so the identities can be checked on generated data. */
export function tallyBieu02(facts: readonly PetitionFact[], period: Bieu02Period): Bieu02Tally {
  const ids: Record<string, number[]> = Object.fromEntries(BIEU_02_XLD_COLUMNS.map((column) => [column, []]));
  const cases = new Set<number>();
  for (const fact of facts) {
    const columns = columnsOf(fact, period);
    for (const column of columns) ids[column]?.push(fact.id);
    // A petition without a case is a case of its own (negative id keeps it apart from real cases).
    if (columns.includes('4')) cases.add(fact.caseId ?? -fact.id);
  }
  const caseIds = [...cases].filter((id) => id > 0).sort((a, b) => a - b);
  const values: Record<string, number> = {};
  const sources: Bieu02Tally['sources'] = {};
  for (const column of BIEU_02_XLD_COLUMNS) {
    if (column === '5') {
      values[column] = cases.size;
      sources[column] = { kind: 'cases', ids: caseIds };
    } else {
      values[column] = ids[column]?.length ?? 0;
      sources[column] = { kind: 'petitions', ids: ids[column] ?? [] };
    }
  }
  return { values, sources };
}

/**
 * The facts of every petition the period can count: received by its last day, and not handled before its
 * first (those were counted in an earlier period).
 */
export async function loadPetitionFacts(db: Kysely<DB>, period: Bieu02Period): Promise<PetitionFact[]> {
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
    .where('received_on', '<=', period.to)
    .where((eb) =>
      eb.or([
        eb('received_on', '>=', period.from),
        eb('handled_on', 'is', null),
        eb('handled_on', '>=', period.from),
      ]),
    )
    .orderBy('id')
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
