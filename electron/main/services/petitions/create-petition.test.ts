import { describe, expect, it } from 'vitest';
import { petitionInput } from '../../../../test/fixtures/petition-input';
import { PETITION_TODAY } from '../../../../test/fixtures/petition-test-db';
import { useTestDb } from '../../../../test/fixtures/use-test-db';
import { createPetition, updatePetition } from './create-petition';

const { db, ctx } = useTestDb(PETITION_TODAY);

describe('petition registry', () => {
  it('numbers petitions per year of receipt, links senders and opens a case', async () => {
    const first = await createPetition(ctx(), petitionInput({ receivedOn: '2025-12-30' }));
    const second = await createPetition(
      ctx(),
      petitionInput({ receivedOn: '2026-01-02', content: 'Đơn khác' }),
    );
    const third = await createPetition(
      ctx(),
      petitionInput({ receivedOn: '2026-01-03', content: 'Đơn thứ ba' }),
    );
    expect([first.incomingLabel, second.incomingLabel, third.incomingLabel]).toEqual([
      '1/2025',
      '1/2026',
      '2/2026',
    ]);
    expect(first.senders.map((s) => s.fullName)).toEqual(['Trần Thị Lan']);
    expect(second.senders[0]?.id).toBe(first.senders[0]?.id);
    expect(first.caseCode).toMatch(/^VV-2025-\d{5}$/);
    expect(first.dueOn).toBe('2026-01-09');
    const audit = await db().selectFrom('audit_log').select(['action', 'entity_id']).execute();
    expect(audit.filter((a) => a.action === 'petition.create')).toHaveLength(3);
  });

  it('joins the case of the same content from the same person and flags the duplicate', async () => {
    const original = await createPetition(ctx(), petitionInput());
    const again = await createPetition(
      ctx(),
      petitionInput({ receivedOn: '2026-03-20', content: '  khiếu nại QUYẾT ĐỊNH thu hồi đất của UBND xã ' }),
    );
    expect([again.caseId, again.duplicateOf]).toEqual([original.caseId, original.id]);
    const other = await createPetition(ctx(), petitionInput({ content: 'Khiếu nại việc cấp sổ đỏ' }));
    expect(other.caseId).not.toBe(original.caseId);
    expect(other.duplicateOf).toBeNull();
  });

  it('refuses a petition dated after today', async () => {
    await expect(createPetition(ctx(), petitionInput({ receivedOn: '2026-07-02' }))).rejects.toThrow(
      'Ngày nhận đơn không được sau hôm nay; hãy kiểm tra lại ngày.',
    );
  });

  it('audits each corrected field old → new', async () => {
    const saved = await createPetition(ctx(), petitionInput());
    const input = petitionInput({ source: 'nop_truc_tiep', content: 'Nội dung đã sửa' });
    const updated = await updatePetition(ctx(), saved.id, input);
    expect([updated.source, updated.content, updated.incomingLabel]).toEqual([
      'nop_truc_tiep',
      'Nội dung đã sửa',
      '1/2026',
    ]);
    const audit = await db()
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'petition.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail ?? '{}')).toEqual({
      changes: {
        source: { old: 'buu_chinh', new: 'nop_truc_tiep' },
        content: { old: 'Khiếu nại quyết định thu hồi đất của UBND xã', new: 'Nội dung đã sửa' },
      },
    });
  });
});
