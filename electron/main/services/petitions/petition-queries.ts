import type { Kysely, Selectable } from 'kysely';
import type { PetitionDetail, PetitionListInput, PetitionView } from '../../../../shared/contract/petitions';
import { AppError } from '../../../../shared/contract/envelope';
import { petitionHandlingDue } from '../../../../shared/domain/deadline-rules';
import { incomingLabel } from '../../../../shared/domain/petitions';
import { foldText } from '../../../../shared/domain/text-fold';
import type { DB, PetitionsTable } from '../../db/schema';
import { fullAddress, PERSON_COLUMNS } from '../persons';

type PetitionRow = Selectable<PetitionsTable> & { case_code: string | null; sender_names: string | null };

function petitionQuery(db: Kysely<DB>) {
  return db
    .selectFrom('petitions')
    .leftJoin('cases', 'cases.id', 'petitions.case_id')
    .selectAll('petitions')
    .select('cases.code as case_code')
    .select((eb) =>
      eb
        .selectFrom('petition_senders')
        .innerJoin('persons', 'persons.id', 'petition_senders.person_id')
        .whereRef('petition_senders.petition_id', '=', 'petitions.id')
        .select((inner) =>
          inner.fn<string>('group_concat', ['persons.full_name', inner.val(', ')]).as('names'),
        )
        .as('sender_names'),
    );
}

/** The list item of a stored petition; identities are masked later, by `petition-masking`. */
export function toPetitionView(row: PetitionRow): PetitionView {
  return {
    id: row.id,
    incomingYear: row.incoming_year,
    incomingNumber: row.incoming_number,
    incomingLabel: incomingLabel(row.incoming_year, row.incoming_number),
    receivedOn: row.received_on,
    source: row.source,
    isAnonymous: row.is_anonymous === 1,
    senderNames: row.is_anonymous === 1 ? 'Đơn nặc danh' : (row.sender_names ?? ''),
    isIdentityMasked: false,
    classification: row.classification,
    formSubject: row.form_subject,
    level: row.level,
    content: row.content,
    caseId: row.case_id,
    caseCode: row.case_code,
    duplicateOf: row.duplicate_of,
    eligibility: row.eligibility,
    competence: row.competence,
    outcome: row.outcome,
    forwardedTo: row.forwarded_to,
    handledOn: row.handled_on,
    dueOn: petitionHandlingDue(row.received_on)?.dueOn ?? null,
  };
}

/** "12/2026" or "12" typed in the search box: the incoming number (and year). */
function incomingQuery(query: string): { number: number; year: number | null } | null {
  const match = /^(\d{1,6})(?:\/(\d{4}))?$/.exec(query.trim());
  return match ? { number: Number(match[1]), year: match[2] ? Number(match[2]) : null } : null;
}

/** The registry, newest first: by year, classification, source, state, outcome and words of the content. */
export async function listPetitions(db: Kysely<DB>, input: PetitionListInput): Promise<PetitionView[]> {
  let query = petitionQuery(db);
  if (input.year !== null) query = query.where('petitions.incoming_year', '=', input.year);
  if (input.classification !== null)
    query = query.where('petitions.classification', '=', input.classification);
  if (input.source !== null) query = query.where('petitions.source', '=', input.source);
  if (input.outcome !== null) query = query.where('petitions.outcome', '=', input.outcome);
  if (input.state === 'chua_xu_ly') query = query.where('petitions.handled_on', 'is', null);
  if (input.state === 'da_xu_ly') query = query.where('petitions.handled_on', 'is not', null);
  const incoming = input.query === null ? null : incomingQuery(input.query);
  if (incoming !== null) {
    query = query.where('petitions.incoming_number', '=', incoming.number);
    if (incoming.year !== null) query = query.where('petitions.incoming_year', '=', incoming.year);
  }
  const rows = await query
    .orderBy('petitions.received_on', 'desc')
    .orderBy('petitions.id', 'desc')
    .limit(input.query === null || incoming !== null ? input.limit : 5000)
    .execute();
  const words = input.query === null || incoming !== null ? [] : foldText(input.query).split(/\s+/);
  const matching = rows.filter((row) => {
    if (words.length === 0) return true;
    const text = foldText(row.content);
    return words.every((word) => text.includes(word));
  });
  return matching.slice(0, input.limit).map(toPetitionView);
}

/** The petitions with these ids (a report figure's drill-down), newest first. */
export async function petitionsByIds(db: Kysely<DB>, ids: readonly number[]): Promise<PetitionView[]> {
  if (ids.length === 0) return [];
  const rows = await petitionQuery(db)
    .where('petitions.id', 'in', [...ids])
    .orderBy('petitions.received_on', 'desc')
    .orderBy('petitions.id', 'desc')
    .execute();
  return rows.map(toPetitionView);
}

export async function findPetitionRow(db: Kysely<DB>, id: number): Promise<PetitionRow> {
  const row = await petitionQuery(db).where('petitions.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn này trong sổ; có thể đơn đã bị xóa.');
  return row;
}

async function senderViews(db: Kysely<DB>, petitionId: number): Promise<PetitionDetail['senders']> {
  const rows = await db
    .selectFrom('petition_senders')
    .innerJoin('persons', 'persons.id', 'petition_senders.person_id')
    .select(PERSON_COLUMNS)
    .where('petition_senders.petition_id', '=', petitionId)
    .orderBy('petition_senders.position')
    .execute();
  return rows.map((p) => ({
    id: p.id,
    fullName: p.full_name,
    gender: p.gender,
    birthYear: p.birth_year,
    idType: p.id_type,
    idNumber: p.id_number,
    oldIdNumber: p.old_id_number,
    phone: p.phone,
    provinceCode: p.province_code,
    communeCode: p.commune_code,
    address: p.address_line,
    fullAddress: fullAddress(p.address_line, p.commune_code, p.province_code),
  }));
}

/** Everything about one petition, unmasked (main masks a denunciation before it leaves). */
export async function getPetitionDetail(db: Kysely<DB>, id: number): Promise<PetitionDetail> {
  const row = await findPetitionRow(db, id);
  const [senders, steps, replies, attachments] = await Promise.all([
    senderViews(db, id),
    db.selectFrom('petition_steps').selectAll().where('petition_id', '=', id).orderBy('id').execute(),
    db.selectFrom('petition_replies').selectAll().where('petition_id', '=', id).orderBy('id').execute(),
    db.selectFrom('petition_attachments').selectAll().where('petition_id', '=', id).orderBy('id').execute(),
  ]);
  return {
    ...toPetitionView(row),
    sourceBody: row.source_body,
    subject: row.subject,
    senders,
    ineligibleReason: row.ineligible_reason,
    handledByName: row.handled_by_name,
    note: row.note,
    createdByName: row.created_by_name,
    steps: steps.map((s) => ({
      id: s.id,
      decidedOn: s.decided_on,
      eligibility: s.eligibility,
      ineligibleReason: s.ineligible_reason,
      competence: s.competence,
      outcome: s.outcome,
      forwardedTo: s.forwarded_to,
      officerName: s.officer_name,
    })),
    replies: replies.map((r) => ({
      id: r.id,
      receivedOn: r.received_on,
      fromBody: r.from_body,
      reference: r.reference,
      summary: r.summary,
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.file_name,
      sizeBytes: a.size_bytes,
      sha256: a.sha256,
    })),
  };
}
