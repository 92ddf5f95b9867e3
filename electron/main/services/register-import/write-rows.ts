import { sql, type Transaction } from 'kysely';
import { foldText } from '../../../../shared/domain/text-fold';
import { fold } from '../../db/search-index';
import type { DB } from '../../db/schema';
import { caseCode } from '../visits/case-links';
import type { ImportStatements } from './import-statements';
import type { ImportProblem, RegisterImportRow } from './types';

/** Presided-by text for a session known only by its key in an old register. */
const UNKNOWN_PRESIDER = '(sổ cũ không ghi người chủ trì)';

export interface WriteState {
  statements: ImportStatements;
  now: string;
  groupThreshold: number;
  officerName: string;
  officerUserId: number | null;
  sessions: Map<string, { id: number; kind: string; heldOn: string }>;
  cases: Map<string, number>;
  /** Persons met earlier in this import, by ID number or by folded name and address. */
  persons: Map<string, number>;
  /** Case numbers per year (counter key → last number given), written back by saveCaseCounters. */
  caseCounters: Map<string, number>;
  touchedCases: Set<number>;
  createdCases: number;
  createdSessions: number;
}

/** Folded name and address, as persons store them for matching. */
function foldedKeys(person: RegisterImportRow['person']): { nameKey: string; addressKey: string | null } {
  return {
    nameKey: foldText(person.fullName),
    addressKey: person.address === null ? null : foldText(person.address),
  };
}

/**
 * A row's citizen is the one on file (or met earlier in this import) with the same ID number, else with
 * the same folded name and address; otherwise a new person. Persons on file are not rewritten by an
 * import of old rows.
 */
function personFor(row: RegisterImportRow, state: WriteState): number {
  const { person } = row;
  const { statements } = state;
  let folded: { nameKey: string; addressKey: string | null } | null = null;
  let key: string;
  let known: number | null | undefined;
  if (person.idNumber !== null) {
    key = `id:${person.idNumber}`;
    known = state.persons.get(key) ?? statements.personWithId(person.idNumber);
  } else {
    folded = foldedKeys(person);
    key = `na:${folded.nameKey}|${folded.addressKey ?? ''}`;
    known = state.persons.get(key) ?? statements.personWithName(folded.nameKey, folded.addressKey);
  }
  if (known !== null) {
    state.persons.set(key, known);
    return known;
  }
  const { nameKey, addressKey } = folded ?? foldedKeys(person);
  const id = statements.insertPerson({
    fullName: person.fullName,
    nameKey,
    gender: person.gender,
    birthYear: person.birthYear,
    idType: person.idType,
    idNumber: person.idNumber,
    address: person.address,
    addressKey,
    now: state.now,
  });
  statements.addSearchTerms('person_search', id, fold(person.fullName, person.idNumber, person.address));
  state.persons.set(key, id);
  return id;
}

function sessionFor(row: RegisterImportRow, state: WriteState): number | string | null {
  if (row.receptionKind === 'thuong_xuyen' || row.sessionKey === null) return null;
  const key = `import:${row.sessionKey}`;
  const heldOn = row.receivedAt.slice(0, 10);
  let session = state.sessions.get(key) ?? state.statements.sessionWithKey(key);
  if (session === null) {
    const id = state.statements.insertSession({
      kind: row.receptionKind,
      heldOn,
      presidedBy: UNKNOWN_PRESIDER,
      title: row.sessionKey,
      externalKey: key,
      now: state.now,
    });
    session = { id, kind: row.receptionKind, heldOn };
    state.createdSessions += 1;
  }
  state.sessions.set(key, session);
  if (session.kind !== row.receptionKind || session.heldOn !== heldOn) {
    return `Kỳ tiếp "${row.sessionKey}" đã có với ngày ${session.heldOn.split('-').reverse().join('/')} và hình thức khác dòng này; hãy dùng mã kỳ tiếp riêng cho mỗi buổi tiếp.`;
  }
  return session.id;
}

/** A new case numbered per year of its first reception (VV-2026-00042), as createCase numbers it. */
function createCase(row: RegisterImportRow, state: WriteState, externalKey: string | null): number {
  const year = row.receivedAt.slice(0, 4);
  const counterKey = `case:${year}`;
  const number = (state.caseCounters.get(counterKey) ?? state.statements.counter(counterKey)) + 1;
  state.caseCounters.set(counterKey, number);
  const summary = row.content.slice(0, 500);
  const id = state.statements.insertCase({
    code: caseCode(year, number),
    classification: row.classification,
    subject: row.subject,
    summary,
    receivedAt: row.receivedAt,
    externalKey,
    now: state.now,
  });
  state.statements.addSearchTerms('case_search', id, fold(summary));
  state.createdCases += 1;
  return id;
}

function caseFor(row: RegisterImportRow, state: WriteState): number {
  if (row.caseKey === null) return createCase(row, state, null);
  const key = `import:${row.caseKey}`;
  const known = state.cases.get(key) ?? state.statements.caseWithKey(key);
  const id = known ?? createCase(row, state, key);
  state.cases.set(key, id);
  return id;
}

/** Stores the case numbers given out by the import (the counters createCase would have left). */
export function saveCaseCounters(state: WriteState): void {
  for (const [key, value] of state.caseCounters) state.statements.setCounter(key, value);
}

/** Writes one imported row as a visit; returns a problem instead when the row conflicts with the register. */
export function writeRow(row: RegisterImportRow, state: WriteState): ImportProblem | null {
  const sessionId = sessionFor(row, state);
  if (typeof sessionId === 'string')
    return { row: row.rowNumber, column: 'ky_tiep', message: sessionId, severity: 'error' };
  const personId = personFor(row, state);
  const caseId = caseFor(row, state);
  const { statements } = state;
  const visitId = statements.insertVisit({
    received_at: row.receivedAt,
    received_on: row.receivedAt.slice(0, 10),
    reception_kind: row.receptionKind,
    channel: row.channel,
    session_id: sessionId,
    person_id: personId,
    case_id: caseId,
    is_first_reception: 0,
    headcount: row.headcount,
    is_group: row.headcount >= state.groupThreshold ? 1 : 0,
    classification: row.classification,
    subject: row.subject,
    content: row.content,
    resolved_by_body: row.resolvedByBody,
    handling: row.handling,
    forwarded_to: row.forwardedTo,
    result_tracking: row.resultTracking,
    note: row.note,
    refusal_reason: row.refusalReason,
    back_entry_reason: 'Nhập từ sổ tiếp công dân cũ',
    officer_user_id: state.officerUserId,
    officer_name: state.officerName,
    import_key: row.fingerprint,
    id_check_overrides: null,
    created_at: state.now,
    updated_at: state.now,
  });
  statements.insertVisitPerson(visitId, personId, 'nguoi_tiep');
  const { person } = row;
  statements.addSearchTerms(
    'visit_search',
    visitId,
    fold(person.fullName, person.idNumber, person.address, row.content),
  );
  state.touchedCases.add(caseId);
  return null;
}

/**
 * Set-based version of refreshCase for every case an import touched: the earliest non-refused visit of
 * each case is lần đầu, the case's first and last reception times follow its visits.
 */
export async function refreshCases(trx: Transaction<DB>, caseIds: Set<number>): Promise<void> {
  const ids = JSON.stringify([...caseIds]);
  await sql`update visits set is_first_reception = case when id = (
      select v2.id from visits v2 where v2.case_id = visits.case_id and v2.refusal_reason is null
      order by v2.received_at, v2.id limit 1) then 1 else 0 end
    where case_id in (select value from json_each(${ids}))`.execute(trx);
  await sql`update cases set
      first_received_at = (select min(received_at) from visits where case_id = cases.id),
      last_received_at = (select max(received_at) from visits where case_id = cases.id)
    where id in (select value from json_each(${ids}))`.execute(trx);
}
