import { describe, expect, it } from 'vitest';
import { petitionInput } from '../../../../test/fixtures/petition-input';
import { decide, PETITION_TODAY } from '../../../../test/fixtures/petition-test-db';
import { useTestDb } from '../../../../test/fixtures/use-test-db';
import { createPetition } from './create-petition';
import { handlePetition } from './handle-petition';
import { petitionDeadlines } from './petition-deadlines';

const { db, ctx } = useTestDb(PETITION_TODAY);

describe('petition deadlines', () => {
  it('lists overdue and due-soon unhandled petitions', async () => {
    const old = await createPetition(
      ctx(),
      petitionInput({ receivedOn: '2026-06-01', content: 'Đơn quá hạn' }),
    );
    const soon = await createPetition(
      ctx(),
      petitionInput({ receivedOn: '2026-06-24', content: 'Đơn sắp đến hạn' }),
    );
    await createPetition(ctx(), petitionInput({ receivedOn: '2026-06-30', content: 'Đơn còn hạn' }));
    const done = await createPetition(
      ctx(),
      petitionInput({ receivedOn: '2026-06-02', content: 'Đơn đã xử lý' }),
    );
    await handlePetition(
      ctx(),
      decide({
        id: done.id,
        decidedOn: '2026-06-03',
        eligibility: 'du_dieu_kien',
        competence: 'thuoc',
        outcome: 'thu_ly',
      }),
    );
    const result = await petitionDeadlines(db(), '2026-07-01');
    expect(result.overdue.map((p) => [p.id, p.dueOn, p.daysLeft])).toEqual([[old.id, '2026-06-11', -20]]);
    expect(result.dueSoon.map((p) => [p.id, p.dueOn, p.daysLeft])).toEqual([[soon.id, '2026-07-04', 3]]);
  });
});
