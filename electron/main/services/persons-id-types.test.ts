import { describe, expect, it } from 'vitest';
import { CaseSuggestInput } from '../../../shared/contract/cases';
import { fixedClock, testContext } from '../../../test/fixtures/test-db';
import { visitInput } from '../../../test/fixtures/visit-input';
import { suggestCases } from './cases';
import { createVisit } from './visits/create-visit';
import { useTestDb } from '../../../test/fixtures/use-test-db';

const { db } = useTestDb();

const ctx = () => testContext(db(), fixedClock('2026-11-27T02:30:00Z'));

async function people() {
  return db()
    .selectFrom('persons')
    .select(['id', 'id_type', 'id_number', 'old_id_number'])
    .orderBy('id')
    .execute();
}

describe('the papers of Luật 136/2025 name the same citizen by the same number', () => {
  it('a visit under "số căn cước" finds the person on file with the CCCD and records the paper given', async () => {
    const first = await createVisit(ctx(), visitInput());
    await createVisit(ctx(), visitInput({ caseId: first.caseId }, { idType: 'so_can_cuoc' }));
    await createVisit(
      ctx(),
      visitInput({ caseId: first.caseId }, { idType: 'so_dinh_danh', idNumber: '001 085 012 345' }),
    );
    expect(await people()).toEqual([
      { id: 1, id_type: 'so_dinh_danh', id_number: '001085012345', old_id_number: null },
    ]);
    const found = await suggestCases(db(), CaseSuggestInput.parse({ idNumber: '001085012345' }));
    expect(found.persons.map((p) => [p.idType, p.idNumber, p.visitCount])).toEqual([
      ['so_dinh_danh', '001085012345', 3],
    ]);
    expect(found.cases.map((c) => [c.caseId, c.reason])).toEqual([[first.caseId, 'same_id']]);
  });

  it('a giấy chứng nhận căn cước is stored with its own type and found by its number', async () => {
    await createVisit(
      ctx(),
      visitInput({}, { idType: 'gcn_can_cuoc', idNumber: '999185000123', birthYear: 1970 }),
    );
    await createVisit(
      ctx(),
      visitInput({}, { idType: 'gcn_can_cuoc', idNumber: '999185000123', birthYear: 1970 }),
    );
    expect(await people()).toEqual([
      { id: 1, id_type: 'gcn_can_cuoc', id_number: '999185000123', old_id_number: null },
    ]);
  });

  it('an old CMND number typed for a citizen on file with a CCCD keeps the CCCD and its type', async () => {
    await createVisit(
      ctx(),
      visitInput({}, { idNumber: '093185001234', oldIdNumber: '363456789', gender: 'nu' }),
    );
    await createVisit(ctx(), visitInput({}, { idType: 'cmnd', idNumber: '363456789', gender: 'nu' }));
    expect(await people()).toEqual([
      { id: 1, id_type: 'cccd', id_number: '093185001234', old_id_number: '363456789' },
    ]);
  });
});
