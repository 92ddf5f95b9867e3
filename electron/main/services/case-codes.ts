import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/contract/envelope';
import type { DB } from '../db/schema';

/**
 * The id of the case a code names, typed in any letter case. When there is none, throws INVALID_INPUT on the
 * field at `path`; `mayBeBlank` adds that the officer may leave that field empty.
 */
export async function caseIdForCode(
  db: Kysely<DB>,
  code: string,
  path: string,
  mayBeBlank: boolean,
): Promise<number> {
  const found = await db
    .selectFrom('cases')
    .select('id')
    .where('code', '=', code.toUpperCase())
    .executeTakeFirst();
  if (found !== undefined) return found.id;
  const message = `Không có vụ việc mã "${code}"; hãy kiểm tra lại mã${mayBeBlank ? ' hoặc để trống' : ''}.`;
  throw new AppError('INVALID_INPUT', message, [{ path, message }]);
}
