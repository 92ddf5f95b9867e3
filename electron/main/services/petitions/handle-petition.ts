import type { Transaction } from 'kysely';
import type {
  PetitionDecisionInput,
  PetitionDetail,
  PetitionReplyInput,
} from '../../../../shared/contract/petitions';
import { AppError } from '../../../../shared/contract/envelope';
import { formatLocalDate, toLocalIso } from '../../../../shared/domain/local-time';
import { incomingLabel } from '../../../../shared/domain/petitions';
import type { DB, PetitionsTable } from '../../db/schema';
import { appendAudit } from '../audit';
import type { ServiceContext } from '../context';
import { getPetitionDetail } from './petition-queries';

function invalid(path: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, [{ path, message }]);
}

async function storedPetition(trx: Transaction<DB>, id: number) {
  const stored = await trx.selectFrom('petitions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!stored) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn này trong sổ; có thể đơn đã bị xóa.');
  return stored;
}

/**
 * A petition is forwarded once: a duplicate of one already forwarded (or the original of a forwarded
 * duplicate) may not be forwarded again; the officer files it instead.
 */
async function assertNotForwardedBefore(
  trx: Transaction<DB>,
  stored: { id: number; duplicate_of: number | null },
) {
  const root = stored.duplicate_of ?? stored.id;
  const forwarded = await trx
    .selectFrom('petitions')
    .select(['id', 'incoming_year', 'incoming_number', 'forwarded_to', 'handled_on'])
    .where((eb) => eb.or([eb('id', '=', root), eb('duplicate_of', '=', root)]))
    .where('id', '!=', stored.id)
    .where('outcome', '=', 'chuyen_don')
    .orderBy('id')
    .executeTakeFirst();
  if (!forwarded) return;
  throw invalid(
    'outcome',
    `Đơn trùng nội dung với đơn số ${incomingLabel(forwarded.incoming_year, forwarded.incoming_number)} đã ` +
      `chuyển đến ${forwarded.forwarded_to ?? ''} ngày ${formatLocalDate(forwarded.handled_on ?? '')}; ` +
      'đơn trùng không chuyển lại, hãy chọn lưu đơn.',
  );
}

const DECISION_FIELDS = [
  'eligibility',
  'ineligible_reason',
  'competence',
  'outcome',
  'forwarded_to',
  'handled_on',
] as const satisfies readonly (keyof PetitionsTable)[];

/**
 * Writes a decision inside the caller's transaction: the petition's current state, the history row and
 * the audit entry listing each changed field old → new.
 */
export async function writeDecision(
  trx: Transaction<DB>,
  actor: ServiceContext['actor'],
  input: PetitionDecisionInput,
  now: string,
): Promise<void> {
  const stored = await storedPetition(trx, input.id);
  if (input.decidedOn < stored.received_on) {
    throw invalid(
      'decidedOn',
      `Ngày xử lý không được trước ngày nhận đơn (${formatLocalDate(stored.received_on)}).`,
    );
  }
  if (input.outcome === 'chuyen_don') await assertNotForwardedBefore(trx, stored);
  const isEligible = input.eligibility === 'du_dieu_kien';
  const next = {
    eligibility: input.eligibility,
    ineligible_reason: isEligible ? null : input.ineligibleReason,
    competence: isEligible ? input.competence : null,
    outcome: input.outcome,
    // Chuyển đơn names the body it goes to; hướng dẫn may name the body the citizen is guided to.
    forwarded_to: input.outcome === 'chuyen_don' || input.outcome === 'huong_dan' ? input.forwardedTo : null,
    handled_on: input.decidedOn,
  };
  const changes: Record<string, { old: unknown; new: unknown }> = {};
  for (const field of DECISION_FIELDS) {
    if (stored[field] !== next[field]) changes[field] = { old: stored[field], new: next[field] };
  }
  await trx
    .updateTable('petitions')
    .set({
      ...next,
      handled_by_user_id: actor.userId,
      handled_by_name: actor.displayName,
      updated_at: now,
    })
    .where('id', '=', input.id)
    .execute();
  await trx
    .insertInto('petition_steps')
    .values({
      petition_id: input.id,
      decided_on: input.decidedOn,
      eligibility: next.eligibility,
      ineligible_reason: next.ineligible_reason,
      competence: next.competence,
      outcome: next.outcome,
      forwarded_to: next.forwarded_to,
      officer_user_id: actor.userId,
      officer_name: actor.displayName,
      created_at: now,
    })
    .execute();
  await appendAudit(trx, actor, now, {
    action: 'petition.handle',
    entity: 'petition',
    entityId: input.id,
    detail: { changes },
  });
}

/**
 * Records a handling decision: the petition's current state changes, the decision joins its history,
 * and the audit entry lists each changed field old → new. A later decision (reconsidered) replaces the
 * current state and keeps the earlier one in the history.
 */
export async function handlePetition(
  ctx: ServiceContext,
  input: PetitionDecisionInput,
): Promise<PetitionDetail> {
  const now = toLocalIso(ctx.clock());
  if (input.decidedOn > now.slice(0, 10)) throw invalid('decidedOn', 'Ngày xử lý không được sau hôm nay.');
  await ctx.db.transaction().execute((trx) => writeDecision(trx, ctx.actor, input, now));
  return getPetitionDetail(ctx.db, input.id);
}

/** A reply from the body a petition was forwarded to; only a forwarded petition receives one. */
export async function addPetitionReply(
  ctx: ServiceContext,
  input: PetitionReplyInput,
): Promise<PetitionDetail> {
  const now = toLocalIso(ctx.clock());
  if (input.receivedOn > now.slice(0, 10))
    throw invalid('receivedOn', 'Ngày nhận văn bản không được sau hôm nay.');
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await storedPetition(trx, input.id);
    if (stored.outcome !== 'chuyen_don') {
      throw invalid(
        'fromBody',
        'Đơn này chưa được chuyển đi nên chưa có cơ quan trả lời; hãy xử lý chuyển đơn trước.',
      );
    }
    if (stored.handled_on !== null && input.receivedOn < stored.handled_on) {
      throw invalid(
        'receivedOn',
        `Ngày nhận văn bản trả lời không được trước ngày chuyển đơn (${formatLocalDate(stored.handled_on)}).`,
      );
    }
    const reply = await trx
      .insertInto('petition_replies')
      .values({
        petition_id: input.id,
        received_on: input.receivedOn,
        from_body: input.fromBody,
        reference: input.reference,
        summary: input.summary,
        created_by_name: ctx.actor.displayName,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.actor, now, {
      action: 'petition.reply',
      entity: 'petition',
      entityId: input.id,
      detail: { replyId: reply.id, fromBody: input.fromBody, receivedOn: input.receivedOn },
    });
  });
  return getPetitionDetail(ctx.db, input.id);
}
