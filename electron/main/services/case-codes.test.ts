import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/envelope';
import { useTestDb } from '../../../test/fixtures/use-test-db';
import { caseIdForCode } from './case-codes';

const { db } = useTestDb();

const at = '2026-03-02T09:00:00+07:00';

describe('caseIdForCode', () => {
  it('finds a case by its code typed in any letter case', async () => {
    const row = await db()
      .insertInto('cases')
      .values({
        code: 'VV-2026-00007',
        classification: 'khieu_nai',
        subject: null,
        summary: 'Khiếu nại',
        first_received_at: at,
        accepted_on: null,
        deadline_on: null,
        created_at: at,
        updated_at: at,
        external_key: null,
        last_received_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await caseIdForCode(db(), 'vv-2026-00007', 'caseCodes.0', false)).toBe(row.id);
  });

  it('names the field and says what to do when no case has the code', async () => {
    const refused = (mayBeBlank: boolean) =>
      caseIdForCode(db(), 'VV-2026-00404', 'followUps.1.caseCode', mayBeBlank).then(
        () => null,
        (error: unknown) => error,
      );
    const blankAllowed = await refused(true);
    expect(blankAllowed).toBeInstanceOf(AppError);
    expect(blankAllowed).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Không có vụ việc mã "VV-2026-00404"; hãy kiểm tra lại mã hoặc để trống.',
      issues: [
        {
          path: 'followUps.1.caseCode',
          message: 'Không có vụ việc mã "VV-2026-00404"; hãy kiểm tra lại mã hoặc để trống.',
        },
      ],
    });
    expect(await refused(false)).toMatchObject({
      message: 'Không có vụ việc mã "VV-2026-00404"; hãy kiểm tra lại mã.',
    });
  });
});
