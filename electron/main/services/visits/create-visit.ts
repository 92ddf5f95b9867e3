import type { VisitInput, VisitView } from '../../../../shared/contract/visits';
import { toLocalIso } from '../../../../shared/domain/local-time';
import { indexVisit } from '../../db/search-index';
import { appendAudit } from '../audit';
import type { ServiceContext } from '../context';
import { upsertPerson } from '../persons';
import { finishTicket } from '../queue/desk-actions';
import { getSetting } from '../settings';
import { assertCaseExists, createCase, refreshCase } from './case-links';
import { getVisitView } from './visit-queries';
import { visitColumns, writeDocuments, writeRepresentatives } from './visit-rows';
import { checkSession, checkVisitIds, resolveReceivedAt } from './visit-rules';

/** Extra facts the register import supplies (idempotency and case keys). */
export interface CreateVisitOptions {
  importKey?: string | null;
  caseKey?: string | null;
}

/**
 * Saves a visit in one transaction: the person (on file or new), the representatives, a new or linked
 * case, documents, search terms and the audit entry. All of it is on disk when this returns, or none.
 */
export async function createVisit(
  ctx: ServiceContext,
  input: VisitInput,
  options: CreateVisitOptions = {},
): Promise<VisitView> {
  const instant = ctx.clock();
  const now = toLocalIso(instant);
  const received = resolveReceivedAt(input, now);
  const overrides = checkVisitIds(input, Number(now.slice(0, 4)));
  let ticketDay: string | null = null;
  const visitId = await ctx.db.transaction().execute(async (trx) => {
    await checkSession(trx, input, received.localDate);
    const personId = await upsertPerson(trx, input.person, now);
    let caseId = input.caseId;
    if (caseId !== null) await assertCaseExists(trx, caseId);
    else caseId = await createCase(trx, input, received.iso, now, options.caseKey ?? null);
    const threshold = await getSetting(trx, 'group_threshold');
    const visit = await trx
      .insertInto('visits')
      .values({
        ...visitColumns(input, threshold),
        received_at: received.iso,
        received_on: received.localDate,
        person_id: personId,
        case_id: caseId,
        is_first_reception: 0,
        officer_user_id: ctx.actor.userId,
        officer_name: ctx.actor.displayName,
        import_key: options.importKey ?? null,
        id_check_overrides: overrides.length > 0 ? JSON.stringify(overrides) : null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('visit_persons')
      .values({ visit_id: visit.id, person_id: personId, role: 'nguoi_tiep' })
      .execute();
    await writeRepresentatives(trx, visit.id, personId, input, now);
    await writeDocuments(trx, visit.id, input);
    await refreshCase(trx, caseId);
    await indexVisit(trx, visit.id);
    if (input.ticketId !== null) {
      ticketDay = await finishTicket(trx, input.ticketId, visit.id, now, ctx.actor.displayName);
    }
    await appendAudit(trx, ctx.actor, now, {
      action: 'visit.create',
      entity: 'visit',
      entityId: visit.id,
      detail: {
        caseId,
        personId,
        ...(received.isBackEntry
          ? { backEntry: { receivedAt: received.iso, reason: input.backEntryReason } }
          : {}),
        ...(overrides.length > 0 ? { idWarningsAccepted: overrides } : {}),
        ...(options.importKey ? { importKey: options.importKey } : {}),
        ...(input.ticketId !== null ? { ticketId: input.ticketId } : {}),
      },
    });
    return visit.id;
  });
  ctx.events.emit('visits:changed', { visitId, action: 'created' });
  if (ticketDay !== null) ctx.events.emit('queue:changed', { serviceDay: ticketDay });
  return getVisitView(ctx.db, visitId);
}
