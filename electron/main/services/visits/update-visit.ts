import type { VisitDetail, VisitUpdateInput, VisitView } from '../../../../shared/contract/visits';
import { AppError } from '../../../../shared/contract/envelope';
import { localInputToIso, toLocalIso } from '../../../../shared/domain/local-time';
import { indexVisit } from '../../db/search-index';
import { appendAudit } from '../audit';
import type { ServiceContext } from '../context';
import { updatePerson } from '../persons';
import { getSetting } from '../settings';
import { assertCaseExists, refreshCase } from './case-links';
import { getVisitDetail, getVisitView } from './visit-queries';
import { visitColumns, writeDocuments, writeRepresentatives } from './visit-rows';
import { checkSession, checkVisitIds } from './visit-rules';

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** The fields an edit is audited on, by the name officers see in the audit viewer. */
function auditedFields(detail: VisitDetail): Record<string, unknown> {
  const { person } = detail;
  return {
    receivedAt: detail.receivedAt,
    receptionKind: detail.receptionKind,
    channel: detail.channel,
    meetingRef: detail.meetingRef,
    sessionId: detail.sessionId,
    headcount: detail.headcount,
    classification: detail.classification,
    subject: detail.subject,
    content: detail.content,
    resolvedByBody: detail.resolvedByBody,
    handling: detail.handling,
    forwardedTo: detail.forwardedTo,
    resultTracking: detail.resultTracking,
    note: detail.note,
    refusalReason: detail.refusalReason,
    caseId: detail.caseId,
    'person.fullName': person.fullName,
    'person.gender': person.gender,
    'person.birthYear': person.birthYear,
    'person.idType': person.idType,
    'person.idNumber': person.idNumber,
    'person.oldIdNumber': person.oldIdNumber,
    'person.phone': person.phone,
    'person.provinceCode': person.provinceCode,
    'person.communeCode': person.communeCode,
    'person.address': person.address,
    representatives: detail.representatives.map((rep) => `${rep.fullName} ${rep.idNumber ?? ''}`.trim()),
    documents: detail.documents.map((doc) => ({ ...doc, id: undefined })),
  };
}

export function diffVisits(before: VisitDetail, after: VisitDetail): FieldChange[] {
  const a = auditedFields(before);
  const b = auditedFields(after);
  return Object.keys(a)
    .filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, old: a[field] ?? null, new: b[field] ?? null }));
}

function editedReceivedAt(typed: string | null, storedIso: string, nowIso: string): string {
  if (typed === null) return storedIso;
  const iso = localInputToIso(typed);
  if (Number.isNaN(Date.parse(iso)) || Date.parse(iso) > Date.parse(nowIso) + 5 * 60_000) {
    const message = 'Thời điểm tiếp phải là ngày giờ có thật và không sau hiện tại.';
    throw new AppError('INVALID_INPUT', message, [{ path: 'receivedAt', message }]);
  }
  return iso;
}

/**
 * Edits a visit. Every changed field is written to the audit log as old → new, in the same transaction
 * as the edit. A blank case keeps the current one; a different case moves the visit (both cases' lần
 * đầu / nhiều lần marks are recomputed).
 */
export async function updateVisit(ctx: ServiceContext, request: VisitUpdateInput): Promise<VisitView> {
  const input = request.visit;
  const now = toLocalIso(ctx.clock());
  const overrides = checkVisitIds(input, Number(now.slice(0, 4)));
  const changes = await ctx.db.transaction().execute(async (trx) => {
    const before = await getVisitDetail(trx, request.id);
    const receivedIso = editedReceivedAt(input.receivedAt, before.receivedAt, now);
    await checkSession(trx, input, receivedIso.slice(0, 10));
    const caseId = input.caseId ?? before.caseId;
    if (caseId !== before.caseId) await assertCaseExists(trx, caseId);
    await updatePerson(trx, before.person.id, input.person, now);
    const threshold = await getSetting(trx, 'group_threshold');
    await trx
      .updateTable('visits')
      .set({
        ...visitColumns(input, threshold),
        back_entry_reason: input.backEntryReason ?? before.backEntryReason,
        received_at: receivedIso,
        received_on: receivedIso.slice(0, 10),
        case_id: caseId,
        id_check_overrides: overrides.length > 0 ? JSON.stringify(overrides) : null,
        updated_at: now,
      })
      .where('id', '=', request.id)
      .execute();
    await writeRepresentatives(trx, request.id, before.person.id, input, now);
    await writeDocuments(trx, request.id, input);
    await refreshCase(trx, caseId);
    if (caseId !== before.caseId) await refreshCase(trx, before.caseId);
    await indexVisit(trx, request.id);
    const diff = diffVisits(before, await getVisitDetail(trx, request.id));
    if (diff.length > 0) {
      await appendAudit(trx, ctx.actor, now, {
        action: 'visit.update',
        entity: 'visit',
        entityId: request.id,
        detail: { changes: diff },
      });
    }
    return diff;
  });
  if (changes.length > 0) ctx.events.emit('visits:changed', { visitId: request.id, action: 'updated' });
  return getVisitView(ctx.db, request.id);
}
