import type { Transaction } from 'kysely';
import type { PetitionDetail, PetitionInput } from '../../../../shared/contract/petitions';
import { AppError } from '../../../../shared/contract/envelope';
import { toLocalIso } from '../../../../shared/domain/local-time';
import { foldText } from '../../../../shared/domain/text-fold';
import type { DB } from '../../db/schema';
import { appendAudit } from '../audit';
import type { ServiceContext } from '../context';
import { nextCounter } from '../counters';
import { upsertPerson } from '../persons';
import { assertCaseExists, createCase } from '../visits/case-links';
import { getPetitionDetail } from './petition-queries';

/** Extra facts an import supplies: its row fingerprint, so a second import of the same file adds nothing. */
export interface CreatePetitionOptions {
  importKey?: string | null;
}

function petitionColumns(input: PetitionInput) {
  return {
    received_on: input.receivedOn,
    source: input.source,
    source_body: input.source === 'co_quan_chuyen_den' ? input.sourceBody : null,
    is_anonymous: input.isAnonymous ? 1 : 0,
    classification: input.classification,
    subject: input.subject,
    form_subject: input.formSubject,
    level: input.level,
    content: input.content,
    note: input.note,
  };
}

/**
 * An earlier petition with the same content (folded: case, diacritics, spacing ignored) from one of the
 * same senders, or anonymous like this one: the new petition is a duplicate of it and joins its case.
 */
async function findEarlierSame(
  trx: Transaction<DB>,
  input: PetitionInput,
  personIds: number[],
  excludeId: number | null,
): Promise<{ id: number; case_id: number | null } | null> {
  const key = foldText(input.content).replace(/\s+/g, ' ').trim();
  let query = trx
    .selectFrom('petitions')
    .select(['petitions.id', 'petitions.case_id', 'petitions.content'])
    .where('petitions.classification', '=', input.classification);
  if (excludeId !== null) query = query.where('petitions.id', '!=', excludeId);
  if (personIds.length > 0) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('petition_senders')
          .select('petition_senders.person_id')
          .whereRef('petition_senders.petition_id', '=', 'petitions.id')
          .where('petition_senders.person_id', 'in', personIds),
      ),
    );
  } else {
    query = query.where('petitions.is_anonymous', '=', 1);
  }
  const candidates = await query.orderBy('petitions.id').execute();
  const found = candidates.find((row) => foldText(row.content).replace(/\s+/g, ' ').trim() === key);
  return found ? { id: found.id, case_id: found.case_id } : null;
}

async function writeSenders(trx: Transaction<DB>, petitionId: number, personIds: number[]) {
  await trx.deleteFrom('petition_senders').where('petition_id', '=', petitionId).execute();
  const unique = [...new Set(personIds)];
  if (unique.length === 0) return;
  await trx
    .insertInto('petition_senders')
    .values(
      unique.map((personId, index) => ({ petition_id: petitionId, person_id: personId, position: index })),
    )
    .execute();
}

/** The case a petition belongs to: the one chosen, the one of the same earlier petition, or a new one. */
async function resolveCase(
  trx: Transaction<DB>,
  input: PetitionInput,
  earlier: { case_id: number | null } | null,
  now: string,
): Promise<number> {
  if (input.caseId !== null) {
    await assertCaseExists(trx, input.caseId);
    return input.caseId;
  }
  if (earlier?.case_id != null) return earlier.case_id;
  return createCase(trx, input, `${input.receivedOn}T00:00:00+07:00`, now);
}

export function assertNotFuture(input: PetitionInput, today: string) {
  if (input.receivedOn > today) {
    const message = 'Ngày nhận đơn không được sau hôm nay; hãy kiểm tra lại ngày.';
    throw new AppError('INVALID_INPUT', message, [{ path: 'receivedOn', message }]);
  }
}

/**
 * Writes a petition inside the caller's transaction: số đến (next of its year), the senders (on file or
 * new), the case (chosen, joined when the same person sent the same content before, or new), the
 * duplicate mark and the audit entry. Returns its id.
 */
export async function insertPetition(
  trx: Transaction<DB>,
  actor: ServiceContext['actor'],
  input: PetitionInput,
  now: string,
  options: CreatePetitionOptions = {},
): Promise<number> {
  const personIds: number[] = [];
  for (const sender of input.senders) personIds.push(await upsertPerson(trx, sender, now));
  const earlier = await findEarlierSame(trx, input, personIds, null);
  const caseId = await resolveCase(trx, input, earlier, now);
  const year = Number(input.receivedOn.slice(0, 4));
  const number = await nextCounter(trx, `petition:${year}`);
  const row = await trx
    .insertInto('petitions')
    .values({
      ...petitionColumns(input),
      incoming_year: year,
      incoming_number: number,
      case_id: caseId,
      duplicate_of: earlier?.id ?? null,
      import_key: options.importKey ?? null,
      created_by_name: actor.displayName,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeSenders(trx, row.id, personIds);
  await appendAudit(trx, actor, now, {
    action: 'petition.create',
    entity: 'petition',
    entityId: row.id,
    detail: {
      incoming: `${number}/${year}`,
      caseId,
      personIds,
      ...(earlier ? { duplicateOf: earlier.id } : {}),
      ...(options.importKey ? { importKey: options.importKey } : {}),
    },
  });
  return row.id;
}

/** Registers a petition in one transaction (see `insertPetition`); nothing is written if any part fails. */
export async function createPetition(
  ctx: ServiceContext,
  input: PetitionInput,
  options: CreatePetitionOptions = {},
): Promise<PetitionDetail> {
  const now = toLocalIso(ctx.clock());
  assertNotFuture(input, now.slice(0, 10));
  const id = await ctx.db.transaction().execute((trx) => insertPetition(trx, ctx.actor, input, now, options));
  return getPetitionDetail(ctx.db, id);
}

const AUDITED_FIELDS = [
  'received_on',
  'source',
  'source_body',
  'is_anonymous',
  'classification',
  'subject',
  'form_subject',
  'level',
  'content',
  'note',
  'case_id',
] as const;

/**
 * Corrects a registered petition. Số đến stays; senders are replaced by those given; every changed field
 * is written to the audit log as old → new, in the same transaction as the change.
 */
export async function updatePetition(
  ctx: ServiceContext,
  id: number,
  input: PetitionInput,
): Promise<PetitionDetail> {
  const now = toLocalIso(ctx.clock());
  assertNotFuture(input, now.slice(0, 10));
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await trx.selectFrom('petitions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!stored) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn này trong sổ; có thể đơn đã bị xóa.');
    if (input.caseId !== null) await assertCaseExists(trx, input.caseId);
    const personIds: number[] = [];
    for (const sender of input.senders) personIds.push(await upsertPerson(trx, sender, now));
    const oldSenders = await trx
      .selectFrom('petition_senders')
      .select('person_id')
      .where('petition_id', '=', id)
      .orderBy('position')
      .execute();
    const next = { ...petitionColumns(input), case_id: input.caseId ?? stored.case_id };
    const changes: Record<string, { old: unknown; new: unknown }> = {};
    for (const field of AUDITED_FIELDS) {
      if (stored[field] !== next[field]) changes[field] = { old: stored[field], new: next[field] };
    }
    const oldIds = oldSenders.map((s) => s.person_id);
    if (JSON.stringify(oldIds) !== JSON.stringify(personIds))
      changes['senders'] = { old: oldIds, new: personIds };
    await trx
      .updateTable('petitions')
      .set({ ...next, updated_at: now })
      .where('id', '=', id)
      .execute();
    await writeSenders(trx, id, personIds);
    if (Object.keys(changes).length > 0) {
      await appendAudit(trx, ctx.actor, now, {
        action: 'petition.update',
        entity: 'petition',
        entityId: id,
        detail: { changes },
      });
    }
  });
  return getPetitionDetail(ctx.db, id);
}
