import { describe, expect, it } from 'vitest';
import { CaseSuggestInput } from '../../../shared/contract/cases';
import { fixedClock, testContext } from '../../../test/fixtures/test-db';
import { visitInput } from '../../../test/fixtures/visit-input';
import { suggestCases } from './cases';
import { createVisit } from './visits/create-visit';
import { useTestDb } from '../../../test/fixtures/use-test-db';

const { db } = useTestDb();

const ctx = () => testContext(db(), fixedClock('2026-11-27T02:30:00Z'));
const CMND_PERSON = { idType: 'cmnd', idNumber: '363456789', birthYear: null, gender: null };
const CARD = {
  idType: 'cccd',
  idNumber: '093185001234',
  oldIdNumber: '363456789',
  gender: 'nu',
  birthYear: 1985,
};

async function people() {
  return db()
    .selectFrom('persons')
    .select(['full_name', 'id_type', 'id_number', 'old_id_number'])
    .orderBy('id')
    .execute();
}

describe('a card scan meets records made with the old CMND number', () => {
  it('suggests the citizen and case on file under the old number from the card numbers', async () => {
    const first = await createVisit(ctx(), visitInput({}, CMND_PERSON));
    const found = await suggestCases(
      db(),
      CaseSuggestInput.parse({ idNumber: '093185001234', oldIdNumber: '363456789' }),
    );
    expect(found.persons.map((p) => [p.idNumber, p.visitCount])).toEqual([['363456789', 1]]);
    expect(found.cases.map((c) => [c.caseId, c.reason])).toEqual([[first.caseId, 'same_id']]);
  });

  it('saving the scanned visit reuses the person and makes the CCCD the number, the CMND the old one', async () => {
    await createVisit(ctx(), visitInput({}, CMND_PERSON));
    await createVisit(ctx(), visitInput({}, CARD));
    expect(await people()).toEqual([
      { full_name: 'Nguyễn Văn Đức', id_type: 'cccd', id_number: '093185001234', old_id_number: '363456789' },
    ]);
  });

  it('a person already on file with the CCCD gains the old number and keeps the stored one', async () => {
    await createVisit(ctx(), visitInput({}, { ...CARD, oldIdNumber: null }));
    await createVisit(ctx(), visitInput({}, CARD));
    expect(await people()).toEqual([
      { full_name: 'Nguyễn Văn Đức', id_type: 'cccd', id_number: '093185001234', old_id_number: '363456789' },
    ]);
  });

  it('refuses an old number that is not 9 or 12 digits with a message saying what to do', () => {
    expect(() => visitInput({}, { ...CARD, oldIdNumber: '12345' })).toThrow(
      'Số CMND cũ gồm 9 hoặc 12 chữ số; hãy kiểm tra lại hoặc để trống.',
    );
  });
});
