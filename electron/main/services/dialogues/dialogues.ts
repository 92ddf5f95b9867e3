/** Dialogue conferences (đối thoại) of leaders with citizens: list, record, edit (audited). */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DialogueInput, DialogueView } from '../../../../shared/contract/dialogues';
import { AppError } from '../../../../shared/contract/envelope';
import { toLocalIso } from '../../../../shared/domain/local-time';
import type { DB, DialoguesTable } from '../../db/schema';
import { appendAudit } from '../audit';
import { caseIdForCode } from '../case-codes';
import type { ServiceContext } from '../context';
import { fieldChanges } from '../schedule/field-changes';

type Executor = Kysely<DB> | Transaction<DB>;

async function toView(db: Executor, row: Selectable<DialoguesTable>): Promise<DialogueView> {
  const cases = await db
    .selectFrom('dialogue_cases')
    .innerJoin('cases', 'cases.id', 'dialogue_cases.case_id')
    .select(['cases.id', 'cases.code'])
    .where('dialogue_cases.dialogue_id', '=', row.id)
    .orderBy('cases.code')
    .execute();
  return {
    id: row.id,
    heldOn: row.held_on,
    presidedBy: row.presided_by,
    level: row.level,
    place: row.place,
    topic: row.topic,
    attendees: row.attendees,
    opinions: row.opinions,
    answered: row.answered,
    acceptedForFollowUp: row.accepted_for_follow_up,
    note: row.note,
    cases,
  };
}

export async function listDialogues(
  db: Kysely<DB>,
  range: { from: string; to: string },
): Promise<DialogueView[]> {
  const rows = await db
    .selectFrom('dialogues')
    .selectAll()
    .where('held_on', '>=', range.from)
    .where('held_on', '<=', range.to)
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return Promise.all(rows.map((row) => toView(db, row)));
}

export type DialogueFields = Omit<DialogueInput, 'id' | 'caseCodes'>;

export function dialogueColumns(input: DialogueFields) {
  return {
    held_on: input.heldOn,
    presided_by: input.presidedBy,
    level: input.level,
    place: input.place,
    topic: input.topic,
    attendees: input.attendees,
    opinions: input.opinions,
    answered: input.answered,
    accepted_for_follow_up: input.acceptedForFollowUp,
    note: input.note,
  };
}

async function caseIdsOf(trx: Executor, codes: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const [index, code] of codes.entries()) {
    const id = await caseIdForCode(trx, code, `caseCodes.${index}`, false);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Records a dialogue, or edits one: every changed field is audited old → new with the edit. */
export async function saveDialogue(ctx: ServiceContext, input: DialogueInput): Promise<DialogueView> {
  const now = toLocalIso(ctx.clock());
  const id = await ctx.db.transaction().execute(async (trx) => {
    const caseIds = await caseIdsOf(trx, input.caseCodes);
    let before: DialogueView | null = null;
    let id: number;
    if (input.id === null) {
      const row = await trx
        .insertInto('dialogues')
        .values({ ...dialogueColumns(input), created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
    } else {
      const existing = await trx
        .selectFrom('dialogues')
        .selectAll()
        .where('id', '=', input.id)
        .executeTakeFirst();
      if (existing === undefined)
        throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc đối thoại này; hãy tải lại trang.');
      before = await toView(trx, existing);
      id = input.id;
      await trx
        .updateTable('dialogues')
        .set({ ...dialogueColumns(input), updated_at: now })
        .where('id', '=', id)
        .execute();
      await trx.deleteFrom('dialogue_cases').where('dialogue_id', '=', id).execute();
    }
    if (caseIds.length > 0) {
      await trx
        .insertInto('dialogue_cases')
        .values(caseIds.map((caseId) => ({ dialogue_id: id, case_id: caseId })))
        .execute();
    }
    const after = await toView(
      trx,
      await trx.selectFrom('dialogues').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    );
    const changes = before === null ? null : fieldChanges(before, after);
    if (changes === null || changes.length > 0) {
      await appendAudit(trx, ctx.actor, now, {
        action: before === null ? 'dialogue.create' : 'dialogue.update',
        entity: 'dialogue',
        entityId: id,
        detail: changes === null ? after : { changes },
      });
    }
    return id;
  });
  const row = await ctx.db.selectFrom('dialogues').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return toView(ctx.db, row);
}
