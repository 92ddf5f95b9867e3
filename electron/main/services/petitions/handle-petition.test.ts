import { describe, expect, it } from 'vitest';
import { petitionInput } from '../../../../test/fixtures/petition-input';
import { decide, PETITION_TODAY } from '../../../../test/fixtures/petition-test-db';
import { useTestDb } from '../../../../test/fixtures/use-test-db';
import { createPetition } from './create-petition';
import { addPetitionReply, handlePetition } from './handle-petition';

const { db, ctx } = useTestDb(PETITION_TODAY);

const forwardToDistrict = { eligibility: 'du_dieu_kien', competence: 'khong_thuoc', outcome: 'chuyen_don' };

describe('handling', () => {
  it('records a forwarding with its history, audits old → new, and takes the reply', async () => {
    const saved = await createPetition(ctx(), petitionInput());
    const handled = await handlePetition(
      ctx(),
      decide({ id: saved.id, ...forwardToDistrict, forwardedTo: 'UBND huyện' }),
    );
    expect([handled.outcome, handled.forwardedTo, handled.handledOn, handled.handledByName]).toEqual([
      'chuyen_don',
      'UBND huyện',
      '2026-03-05',
      'Cán bộ thử nghiệm',
    ]);
    expect(handled.steps.map((s) => [s.outcome, s.forwardedTo, s.officerName])).toEqual([
      ['chuyen_don', 'UBND huyện', 'Cán bộ thử nghiệm'],
    ]);
    const audit = await db()
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'petition.handle')
      .executeTakeFirstOrThrow();
    const detail = JSON.parse(audit.detail ?? '{}') as { changes: Record<string, unknown> };
    expect(detail.changes['outcome']).toEqual({ old: null, new: 'chuyen_don' });
    const replied = await addPetitionReply(ctx(), {
      id: saved.id,
      receivedOn: '2026-04-01',
      fromBody: 'UBND huyện',
      reference: '120/UBND',
      summary: 'Đã giải quyết',
    });
    expect(replied.replies.map((r) => [r.fromBody, r.reference])).toEqual([['UBND huyện', '120/UBND']]);
  });

  it('forwards a petition once: its duplicate may not be forwarded again', async () => {
    const original = await createPetition(ctx(), petitionInput());
    const again = await createPetition(ctx(), petitionInput({ receivedOn: '2026-03-10' }));
    await handlePetition(ctx(), decide({ id: original.id, ...forwardToDistrict, forwardedTo: 'UBND huyện' }));
    await expect(
      handlePetition(
        ctx(),
        decide({ id: again.id, decidedOn: '2026-03-11', ...forwardToDistrict, forwardedTo: 'UBND huyện' }),
      ),
    ).rejects.toThrow(
      'Đơn trùng nội dung với đơn số 1/2026 đã chuyển đến UBND huyện ngày 05/03/2026; đơn trùng không chuyển lại, hãy chọn lưu đơn.',
    );
    const filed = await handlePetition(
      ctx(),
      decide({
        id: again.id,
        decidedOn: '2026-03-11',
        eligibility: 'khong_du_dieu_kien',
        ineligibleReason: 'Đơn trùng',
        outcome: 'luu_don',
      }),
    );
    expect(filed.outcome).toBe('luu_don');
  });

  it('refuses a decision dated before receipt', async () => {
    const saved = await createPetition(ctx(), petitionInput());
    await expect(
      handlePetition(
        ctx(),
        decide({
          id: saved.id,
          decidedOn: '2026-03-01',
          eligibility: 'du_dieu_kien',
          competence: 'thuoc',
          outcome: 'thu_ly',
        }),
      ),
    ).rejects.toThrow('Ngày xử lý không được trước ngày nhận đơn (02/03/2026).');
  });

  it('refuses a reply for a petition not forwarded', async () => {
    const saved = await createPetition(ctx(), petitionInput());
    await expect(
      addPetitionReply(ctx(), {
        id: saved.id,
        receivedOn: '2026-04-01',
        fromBody: 'X',
        reference: null,
        summary: 'Y',
      }),
    ).rejects.toThrow('Đơn này chưa được chuyển đi nên chưa có cơ quan trả lời; hãy xử lý chuyển đơn trước.');
  });
});
