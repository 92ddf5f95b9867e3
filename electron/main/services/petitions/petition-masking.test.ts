import { describe, expect, it } from 'vitest';
import { petitionInput } from '../../../../test/fixtures/petition-input';
import { PETITION_TODAY } from '../../../../test/fixtures/petition-test-db';
import { useTestDb } from '../../../../test/fixtures/use-test-db';
import { MASKED_NAME } from '../confidentiality';
import { createPetition } from './create-petition';
import { maskPetitionDetail } from './petition-masking';

const { ctx } = useTestDb(PETITION_TODAY);

describe('petition confidentiality', () => {
  it('hides a denouncer on the way out, and keeps an anonymous petition anonymous', async () => {
    const tc = await createPetition(
      ctx(),
      petitionInput({
        classification: 'to_cao',
        formSubject: 'tham_nhung',
        level: 'lan_dau',
        content: 'Tố cáo',
      }),
    );
    const masked = maskPetitionDetail(tc);
    expect([
      masked.senderNames,
      masked.isIdentityMasked,
      masked.senders[0]?.fullName,
      masked.senders[0]?.idNumber,
    ]).toEqual([MASKED_NAME, true, MASKED_NAME, null]);
    const anonymous = await createPetition(
      ctx(),
      petitionInput({ isAnonymous: true, senders: [], content: 'Đơn không tên' }),
    );
    expect([anonymous.senderNames, anonymous.senders]).toEqual(['Đơn nặc danh', []]);
  });
});
