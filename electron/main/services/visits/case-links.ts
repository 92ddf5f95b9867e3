import { sql, type Transaction } from 'kysely';
import type { VisitInput } from '../../../../shared/contract/visits';
import { AppError } from '../../../../shared/contract/envelope';
import { addSearchTerms, fold } from '../../db/search-index';
import type { DB } from '../../db/schema';
import { nextCounter } from '../counters';

/** A case's code from the year of its first reception and its number in that year: VV-2026-00042. */
export function caseCode(year: string, number: number): string {
  return `VV-${year}-${String(number).padStart(5, '0')}`;
}

/** Opens a new case (vụ việc), numbered per year of its first reception: VV-2026-00042. */
export async function createCase(
  trx: Transaction<DB>,
  input: Pick<VisitInput, 'classification' | 'subject' | 'content'>,
  receivedIso: string,
  now: string,
  externalKey: string | null = null,
): Promise<number> {
  const year = receivedIso.slice(0, 4);
  const number = await nextCounter(trx, `case:${year}`);
  const row = await trx
    .insertInto('cases')
    .values({
      code: caseCode(year, number),
      classification: input.classification,
      subject: input.subject,
      summary: input.content.slice(0, 500),
      first_received_at: receivedIso,
      last_received_at: receivedIso,
      accepted_on: null,
      deadline_on: null,
      external_key: externalKey,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await addSearchTerms(trx, 'case_search', row.id, fold(input.content.slice(0, 500)));
  return row.id;
}

export async function assertCaseExists(trx: Transaction<DB>, caseId: number): Promise<void> {
  const found = await trx.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
  if (!found) {
    const message = 'Vụ việc được chọn không còn trong sổ; hãy chọn vụ việc khác hoặc mở vụ việc mới.';
    throw new AppError('INVALID_INPUT', message, [{ path: 'caseId', message }]);
  }
}

/**
 * Marks which visit first received the case (lần đầu; every other is nhiều lần) and the case's first
 * and last reception times. Recomputed from the visits themselves, so a back-dated entry or an import
 * of older rows moves the "first" mark to the right visit. Refused receptions are not receptions.
 */
export async function refreshCase(trx: Transaction<DB>, caseId: number): Promise<void> {
  await sql`update visits set is_first_reception = case when id = (
      select id from visits where case_id = ${caseId} and refusal_reason is null
      order by received_at, id limit 1) then 1 else 0 end
    where case_id = ${caseId}`.execute(trx);
  await sql`update cases set
      first_received_at = coalesce((select min(received_at) from visits where case_id = ${caseId}), first_received_at),
      last_received_at = (select max(received_at) from visits where case_id = ${caseId})
    where id = ${caseId}`.execute(trx);
}
