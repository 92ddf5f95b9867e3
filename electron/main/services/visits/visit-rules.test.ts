import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/contract/envelope';
import { fixedClock, testContext } from '../../../../test/fixtures/test-db';
import { visitInput } from '../../../../test/fixtures/visit-input';
import { createSession } from '../sessions';
import { createVisit } from './create-visit';
import { useTestDb } from '../../../../test/fixtures/use-test-db';

const { db } = useTestDb();

/** 27/11/2026 09:30 in Vietnam. */
const NOW = '2026-11-27T02:30:00Z';
const ctx = () => testContext(db(), fixedClock(NOW));

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('ID checks at save', () => {
  it('refuses a malformed CCCD', async () => {
    const error = await rejection(createVisit(ctx(), visitInput({}, { idNumber: '00108501234' })));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.[0]?.path).toBe('person.idNumber');
  });

  it('asks to confirm a birth-year mismatch, then saves and records the override', async () => {
    const mismatch = visitInput({}, { birthYear: 1958 });
    const error = await rejection(createVisit(ctx(), mismatch));
    expect(error.code).toBe('NEEDS_CONFIRMATION');
    expect(error.issues).toHaveLength(1);
    expect(error.issues?.[0]?.message).toContain('1985');

    const saved = await createVisit(ctx(), { ...mismatch, idWarningsAccepted: ['birth_year_mismatch'] });
    const row = await db()
      .selectFrom('visits')
      .select('id_check_overrides')
      .where('id', '=', saved.id)
      .executeTakeFirstOrThrow();
    expect(row.id_check_overrides).toBe('["birth_year_mismatch"]');
    const audit = await db().selectFrom('audit_log').select('detail').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail ?? '{}')).toMatchObject({ idWarningsAccepted: ['birth_year_mismatch'] });
  });

  it('asks to confirm a sex mismatch and an unknown province code', async () => {
    const sex = await rejection(createVisit(ctx(), visitInput({}, { gender: 'nu' })));
    expect(sex.code).toBe('NEEDS_CONFIRMATION');
    const province = await rejection(createVisit(ctx(), visitInput({}, { idNumber: '003085012345' })));
    expect(province.code).toBe('NEEDS_CONFIRMATION');
  });
});

describe('reception time', () => {
  it('refuses a time in the future', async () => {
    const error = await rejection(createVisit(ctx(), visitInput({ receivedAt: '2026-11-27T11:00' })));
    expect(error.issues?.[0]).toMatchObject({ path: 'receivedAt' });
  });

  it('requires a reason for a back entry, and audits it', async () => {
    const missing = await rejection(createVisit(ctx(), visitInput({ receivedAt: '2026-11-25T08:00' })));
    expect(missing.issues?.[0]).toEqual({
      path: 'backEntryReason',
      message: 'Lượt tiếp ghi bổ sung cho thời điểm đã qua: hãy ghi lý do nhập bổ sung.',
    });
    const saved = await createVisit(
      ctx(),
      visitInput({ receivedAt: '2026-11-25T08:00', backEntryReason: 'Mất điện, ghi sổ tay' }),
    );
    expect(saved.receivedAt).toBe('2026-11-25T08:00:00+07:00');
    const audit = await db().selectFrom('audit_log').select('detail').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail ?? '{}')).toMatchObject({
      backEntry: { receivedAt: '2026-11-25T08:00:00+07:00', reason: 'Mất điện, ghi sổ tay' },
    });
  });
});

describe('sessions', () => {
  it('requires a session of the same kind held that day for the head’s reception', async () => {
    const missing = await rejection(
      createVisit(ctx(), { ...visitInput(), receptionKind: 'dinh_ky', sessionId: 999 }),
    );
    expect(missing.message).toBe('Không tìm thấy kỳ tiếp đã chọn; hãy chọn lại hoặc tạo kỳ tiếp mới.');
    expect(() => visitInput({ receptionKind: 'dinh_ky' })).toThrow(
      'Hãy chọn hoặc tạo kỳ tiếp cho hình thức tiếp này.',
    );
    const other = await createSession(ctx(), {
      kind: 'dot_xuat',
      heldOn: '2026-11-27',
      presidedBy: 'Chủ tịch UBND',
      title: null,
    });
    const wrongKind = await rejection(
      createVisit(ctx(), visitInput({ receptionKind: 'dinh_ky', sessionId: other.id })),
    );
    expect(wrongKind.message).toBe('Kỳ tiếp đã chọn khác hình thức tiếp; hãy chọn kỳ tiếp phù hợp.');
    const yesterday = await createSession(ctx(), {
      kind: 'dinh_ky',
      heldOn: '2026-11-26',
      presidedBy: 'Chủ tịch UBND',
      title: null,
    });
    const wrongDay = await rejection(
      createVisit(ctx(), visitInput({ receptionKind: 'dinh_ky', sessionId: yesterday.id })),
    );
    expect(wrongDay.message).toBe('Kỳ tiếp đã chọn diễn ra ngày 26/11/2026, khác ngày tiếp.');
    const today = await createSession(ctx(), {
      kind: 'dinh_ky',
      heldOn: '2026-11-27',
      presidedBy: 'Chủ tịch UBND',
      title: 'Tiếp định kỳ tháng 11',
    });
    const saved = await createVisit(ctx(), visitInput({ receptionKind: 'dinh_ky', sessionId: today.id }));
    expect(saved).toMatchObject({ receptionKind: 'dinh_ky', sessionId: today.id });
  });
});
