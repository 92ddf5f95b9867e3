import { describe, expect, it } from 'vitest';
import { CaseSuggestInput } from '../../../shared/contract/cases';
import { fixedClock, testContext } from '../../../test/fixtures/test-db';
import { visitInput } from '../../../test/fixtures/visit-input';
import { getCase, suggestCases } from './cases';
import { createVisit } from './visits/create-visit';
import { useTestDb } from '../../../test/fixtures/use-test-db';

const { db } = useTestDb();

const ctx = () => testContext(db(), fixedClock('2026-11-27T02:30:00Z'));
const suggest = (input: Record<string, unknown>) => suggestCases(db(), CaseSuggestInput.parse(input));

describe('suggestCases', () => {
  it('offers the returning citizen and their case by ID number (current or old CMND)', async () => {
    const first = await createVisit(ctx(), visitInput());
    await db().updateTable('persons').set({ old_id_number: '012345678' }).execute();
    const byId = await suggest({ idNumber: '001 085 012 345' });
    expect(byId.persons.map((p) => [p.fullName, p.visitCount])).toEqual([['Nguyễn Văn Đức', 1]]);
    expect(byId.cases.map((c) => [c.code, c.reason])).toEqual([[first.caseCode, 'same_id']]);
    const byOld = await suggest({ idNumber: '012345678' });
    expect(byOld.cases.map((c) => c.caseId)).toEqual([first.caseId]);
  });

  it('offers a case by the same folded name in the same commune', async () => {
    const saved = await createVisit(
      ctx(),
      visitInput(
        {},
        { idNumber: null, communeCode: '00004', provinceCode: '01', birthYear: null, gender: null },
      ),
    );
    const result = await suggest({ fullName: 'nguyen van duc', communeCode: '00004' });
    expect(result.cases.map((c) => [c.caseId, c.reason])).toEqual([[saved.caseId, 'same_name_commune']]);
    expect((await suggest({ fullName: 'nguyen van duc', communeCode: '99999' })).cases).toEqual([]);
  });

  it('offers cases with similar content, best match first', async () => {
    await createVisit(
      ctx(),
      visitInput(
        { content: 'Phản ánh tiếng ồn quán karaoke ban đêm', classification: 'phan_anh' },
        { idNumber: null, birthYear: null, gender: null },
      ),
    );
    const land = await createVisit(ctx(), visitInput({}, { idNumber: null, birthYear: null, gender: null }));
    const result = await suggest({ content: 'thu hồi đất nông nghiệp của gia đình' });
    expect(result.cases.map((c) => [c.caseId, c.reason])).toEqual([[land.caseId, 'similar_content']]);
  });

  it('returns nothing for empty input', async () => {
    await createVisit(ctx(), visitInput());
    expect(await suggest({})).toEqual({ persons: [], cases: [] });
  });
});

describe('getCase', () => {
  it('shows visits in order and the legal deadline from the first reception', async () => {
    const first = await createVisit(
      ctx(),
      visitInput({ receivedAt: '2026-11-20T08:00', backEntryReason: 'Nhập sổ' }),
    );
    await createVisit(ctx(), visitInput({ caseId: first.caseId }));
    const detail = await getCase(db(), first.caseId);
    expect(detail.visits.map((v) => v.isFirstReception)).toEqual([true, false]);
    expect(detail.deadlines).toEqual([
      {
        stage: 'thu_ly',
        label: 'Hạn thụ lý khiếu nại',
        dueOn: '2026-11-30',
        complexDueOn: null,
        source: 'Luật Khiếu nại 2011, Điều 27',
      },
    ]);
  });

  it('answers NOT_FOUND for an unknown case', async () => {
    await expect(getCase(db(), 42)).rejects.toThrow('Không tìm thấy vụ việc số 42.');
  });
});
