import type { Insertable, Transaction } from 'kysely';
import type { VisitInput } from '../../../../shared/contract/visits';
import type { DB, VisitsTable } from '../../db/schema';
import { upsertPerson } from '../persons';

/** The columns of `visits` that come straight from the form (Mẫu 03 and Biểu 01/TCD facts). */
export function visitColumns(input: VisitInput, groupThreshold: number) {
  return {
    reception_kind: input.receptionKind,
    channel: input.channel,
    meeting_ref: input.channel === 'truc_tuyen' ? input.meetingRef : null,
    session_id: input.sessionId,
    headcount: input.headcount,
    is_group: input.headcount >= groupThreshold ? 1 : 0,
    classification: input.classification,
    subject: input.subject,
    content: input.content,
    resolved_by_body: input.resolvedByBody,
    handling: input.handling,
    forwarded_to: input.forwardedTo,
    result_tracking: input.resultTracking,
    note: input.note,
    refusal_reason: input.refusalReason,
    back_entry_reason: input.backEntryReason,
  } satisfies Partial<Insertable<VisitsTable>>;
}

/** Writes the visit's documents (replacing any earlier list). */
export async function writeDocuments(
  trx: Transaction<DB>,
  visitId: number,
  input: VisitInput,
): Promise<void> {
  await trx.deleteFrom('visit_documents').where('visit_id', '=', visitId).execute();
  if (input.documents.length === 0) return;
  await trx
    .insertInto('visit_documents')
    .values(
      input.documents.map((doc, index) => ({
        visit_id: visitId,
        position: index + 1,
        name: doc.name,
        pages: doc.pages,
        is_original: doc.isOriginal ? 1 : 0,
        condition: doc.condition,
      })),
    )
    .execute();
}

/** Records the group's other representatives (the main person is written with the visit). */
export async function writeRepresentatives(
  trx: Transaction<DB>,
  visitId: number,
  mainPersonId: number,
  input: VisitInput,
  now: string,
): Promise<void> {
  await trx
    .deleteFrom('visit_persons')
    .where('visit_id', '=', visitId)
    .where('role', '=', 'dai_dien')
    .execute();
  const seen = new Set([mainPersonId]);
  for (const representative of input.representatives) {
    const personId = await upsertPerson(trx, representative, now);
    if (seen.has(personId)) continue;
    seen.add(personId);
    await trx
      .insertInto('visit_persons')
      .values({ visit_id: visitId, person_id: personId, role: 'dai_dien' })
      .execute();
  }
}
