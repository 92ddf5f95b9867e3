import { sql, type Transaction } from 'kysely';
import { foldText } from '../../../../shared/domain/text-fold';
import { addSearchTerms, fold } from '../../db/search-index';
import type { DB } from '../../db/schema';
import { createCase } from '../visits/case-links';
import type { ImportProblem, RegisterImportRow } from './types';

/** Presided-by text for a session known only by its key in an old register. */
const UNKNOWN_PRESIDER = '(sổ cũ không ghi người chủ trì)';

export interface WriteState {
  now: string;
  groupThreshold: number;
  officerName: string;
  officerUserId: number | null;
  sessions: Map<string, { id: number; kind: string; heldOn: string }>;
  cases: Map<string, number>;
  /** Persons met earlier in this import, by ID number or by folded name and address. */
  persons: Map<string, number>;
  touchedCases: Set<number>;
  createdCases: number;
  createdSessions: number;
}

function personKey(row: RegisterImportRow): string {
  const { person } = row;
  return person.idNumber !== null
    ? `id:${person.idNumber}`
    : `na:${foldText(person.fullName)}|${person.address === null ? '' : foldText(person.address)}`;
}

async function storedPerson(trx: Transaction<DB>, row: RegisterImportRow): Promise<number | null> {
  const { person } = row;
  let query = trx.selectFrom('persons').select('id');
  if (person.idNumber !== null) {
    const idNumber = person.idNumber;
    query = query.where((eb) => eb.or([eb('id_number', '=', idNumber), eb('old_id_number', '=', idNumber)]));
  } else {
    const addressKey = person.address === null ? null : foldText(person.address);
    query = query
      .where('name_key', '=', foldText(person.fullName))
      .where('address_key', addressKey === null ? 'is' : '=', addressKey)
      .where('id_number', 'is', null);
  }
  return (await query.orderBy('id').limit(1).executeTakeFirst())?.id ?? null;
}

/**
 * A row's citizen is the one on file (or met earlier in this import) with the same ID number, else with
 * the same folded name and address; otherwise a new person. Persons on file are not rewritten by an
 * import of old rows.
 */
async function personFor(trx: Transaction<DB>, row: RegisterImportRow, state: WriteState): Promise<number> {
  const key = personKey(row);
  const known = state.persons.get(key) ?? (await storedPerson(trx, row));
  if (known !== null) {
    state.persons.set(key, known);
    return known;
  }
  const { person } = row;
  const inserted = await trx
    .insertInto('persons')
    .values({
      full_name: person.fullName,
      name_key: foldText(person.fullName),
      gender: person.gender,
      birth_year: person.birthYear,
      id_type: person.idType,
      id_number: person.idNumber,
      address_line: person.address,
      address_key: person.address === null ? null : foldText(person.address),
      created_at: state.now,
      updated_at: state.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await addSearchTerms(
    trx,
    'person_search',
    inserted.id,
    fold(person.fullName, person.idNumber, person.address),
  );
  state.persons.set(key, inserted.id);
  return inserted.id;
}

async function sessionFor(
  trx: Transaction<DB>,
  row: RegisterImportRow,
  state: WriteState,
): Promise<number | string | null> {
  if (row.receptionKind === 'thuong_xuyen' || row.sessionKey === null) return null;
  const key = `import:${row.sessionKey}`;
  const heldOn = row.receivedAt.slice(0, 10);
  let session = state.sessions.get(key);
  if (!session) {
    const stored = await trx
      .selectFrom('reception_sessions')
      .select(['id', 'kind', 'held_on'])
      .where('external_key', '=', key)
      .executeTakeFirst();
    session = stored ? { id: stored.id, kind: stored.kind, heldOn: stored.held_on } : undefined;
  }
  if (!session) {
    const created = await trx
      .insertInto('reception_sessions')
      .values({
        kind: row.receptionKind,
        held_on: heldOn,
        presided_by: UNKNOWN_PRESIDER,
        title: row.sessionKey,
        external_key: key,
        created_at: state.now,
        updated_at: state.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    session = { id: created.id, kind: row.receptionKind, heldOn };
    state.createdSessions += 1;
  }
  state.sessions.set(key, session);
  if (session.kind !== row.receptionKind || session.heldOn !== heldOn) {
    return `Kỳ tiếp "${row.sessionKey}" đã có với ngày ${session.heldOn.split('-').reverse().join('/')} và hình thức khác dòng này; hãy dùng mã kỳ tiếp riêng cho mỗi buổi tiếp.`;
  }
  return session.id;
}

async function caseFor(trx: Transaction<DB>, row: RegisterImportRow, state: WriteState): Promise<number> {
  if (row.caseKey !== null) {
    const key = `import:${row.caseKey}`;
    const known =
      state.cases.get(key) ??
      (await trx.selectFrom('cases').select('id').where('external_key', '=', key).executeTakeFirst())?.id;
    if (known !== undefined) {
      state.cases.set(key, known);
      return known;
    }
    const id = await createCase(trx, row, row.receivedAt, state.now, key);
    state.cases.set(key, id);
    state.createdCases += 1;
    return id;
  }
  state.createdCases += 1;
  return createCase(trx, row, row.receivedAt, state.now);
}

/** Writes one imported row as a visit; returns a problem instead when the row conflicts with the register. */
export async function writeRow(
  trx: Transaction<DB>,
  row: RegisterImportRow,
  state: WriteState,
): Promise<ImportProblem | null> {
  const sessionId = await sessionFor(trx, row, state);
  if (typeof sessionId === 'string')
    return { row: row.rowNumber, column: 'ky_tiep', message: sessionId, severity: 'error' };
  const personId = await personFor(trx, row, state);
  const caseId = await caseFor(trx, row, state);
  const visit = await trx
    .insertInto('visits')
    .values({
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
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('visit_persons')
    .values({ visit_id: visit.id, person_id: personId, role: 'nguoi_tiep' })
    .execute();
  const { person } = row;
  await addSearchTerms(
    trx,
    'visit_search',
    visit.id,
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
