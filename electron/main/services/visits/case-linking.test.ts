import { describe, expect, it } from 'vitest';
import { VisitListInput } from '../../../../shared/contract/visits';
import { fixedClock, testContext } from '../../../../test/fixtures/test-db';
import { visitInput } from '../../../../test/fixtures/visit-input';
import { createVisit } from './create-visit';
import { updateVisit } from './update-visit';
import { getVisitDetail, listVisits } from './visit-queries';
import { useTestDb } from '../../../../test/fixtures/use-test-db';

const { db } = useTestDb();

const ctx = () => testContext(db(), fixedClock('2026-11-27T02:30:00Z'));
const firstFlags = async () =>
  (await db().selectFrom('visits').select(['id', 'is_first_reception']).orderBy('id').execute()).map(
    (v) => v.is_first_reception,
  );

describe('lần đầu / nhiều lần', () => {
  it('marks the first visit of a case lần đầu and a linked later one nhiều lần', async () => {
    const first = await createVisit(ctx(), visitInput());
    const second = await createVisit(ctx(), visitInput({ caseId: first.caseId }));
    expect([first.isFirstReception, second.isFirstReception]).toEqual([true, false]);
    expect(second.caseCode).toBe(first.caseCode);
  });

  it('moves the mark when an earlier visit is entered afterwards', async () => {
    const today = await createVisit(ctx(), visitInput());
    await createVisit(
      ctx(),
      visitInput({ caseId: today.caseId, receivedAt: '2026-10-02T09:00', backEntryReason: 'Nhập sổ cũ' }),
    );
    expect(await firstFlags()).toEqual([0, 1]);
    const row = await db()
      .selectFrom('cases')
      .select(['first_received_at', 'last_received_at'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      first_received_at: '2026-10-02T09:00:00+07:00',
      last_received_at: today.receivedAt,
    });
  });

  it('does not count a refused reception as the first reception', async () => {
    const refused = await createVisit(
      ctx(),
      visitInput({ refusalReason: 'mat_kiem_soat', receivedAt: '2026-11-27T08:00' }),
    );
    await createVisit(ctx(), visitInput({ caseId: refused.caseId }));
    expect(await firstFlags()).toEqual([0, 1]);
  });
});

describe('groups', () => {
  it.each([
    [4, false],
    [5, true],
  ])('headcount %i makes a group: %s (threshold 5)', async (headcount, isGroup) => {
    const view = await createVisit(ctx(), visitInput({ headcount }));
    expect(view.isGroup).toBe(isGroup);
  });

  it('records representatives as persons of the visit', async () => {
    const view = await createVisit(
      ctx(),
      visitInput({
        headcount: 12,
        representatives: [
          { fullName: 'Trần Thị Mai', idNumber: null },
          { fullName: 'Lê Văn Nam', idNumber: '034090001111', birthYear: 1990, gender: 'nam' },
        ],
      }),
    );
    const detail = await getVisitDetail(db(), view.id);
    expect(detail.isGroup).toBe(true);
    expect(detail.representatives.map((p) => p.fullName)).toEqual(['Trần Thị Mai', 'Lê Văn Nam']);
  });
});

describe('documents', () => {
  it('keeps the documents handed in, in order', async () => {
    const view = await createVisit(
      ctx(),
      visitInput({
        documents: [
          { name: 'Đơn khiếu nại', pages: 3, isOriginal: true, condition: null },
          { name: 'Quyết định thu hồi đất', pages: 2, isOriginal: false, condition: 'Bản photo mờ' },
        ],
      }),
    );
    const detail = await getVisitDetail(db(), view.id);
    expect(detail.documents.map(({ id: _id, ...doc }) => doc)).toEqual([
      { name: 'Đơn khiếu nại', pages: 3, isOriginal: true, condition: null },
      { name: 'Quyết định thu hồi đất', pages: 2, isOriginal: false, condition: 'Bản photo mờ' },
    ]);
  });
});

describe('folded search', () => {
  it('finds names without diacritics, with either tone placement, and by ID number', async () => {
    await createVisit(ctx(), visitInput());
    await createVisit(
      ctx(),
      visitInput({}, { fullName: 'Lê Thị Hoà', idNumber: null, birthYear: null, gender: null }),
    );
    await createVisit(
      ctx(),
      visitInput(
        {},
        { fullName: 'Phạm Hòa Bình'.normalize('NFD'), idNumber: null, birthYear: null, gender: null },
      ),
    );
    const names = async (query: string) =>
      (await listVisits(db(), VisitListInput.parse({ query }))).items.map((v) => v.fullName).sort();
    expect(await names('nguyen van duc')).toEqual(['Nguyễn Văn Đức']);
    expect(await names('NGUYEN VAN DU')).toEqual(['Nguyễn Văn Đức']);
    expect(await names('hoa')).toEqual(['Lê Thị Hoà', 'Phạm Hòa Bình'.normalize('NFC')]);
    expect(await names('Hòa')).toEqual(['Lê Thị Hoà', 'Phạm Hòa Bình'.normalize('NFC')]);
    expect(await names('001085')).toEqual(['Nguyễn Văn Đức']);
    expect(await names('thu hoi dat')).toHaveLength(3);
    expect(await names('"); drop table visits; --')).toEqual([]);
  });

  it('combines search with filters and counts the filtered total', async () => {
    await createVisit(ctx(), visitInput());
    await createVisit(ctx(), visitInput({ classification: 'to_cao', headcount: 6 }));
    const page = await listVisits(
      db(),
      VisitListInput.parse({ query: 'duc', classification: 'to_cao', isGroup: true }),
    );
    expect(page.total).toBe(1);
    expect(page.items[0]?.classification).toBe('to_cao');
  });
});

describe('editing a visit', () => {
  it('audits each changed field as old → new', async () => {
    const view = await createVisit(ctx(), visitInput());
    await updateVisit(ctx(), {
      id: view.id,
      visit: visitInput({ content: 'Khiếu nại về bồi thường', headcount: 2 }, { phone: '0912345678' }),
    });
    const audit = await db().selectFrom('audit_log').select(['action', 'detail']).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['visit.create', 'visit.update']);
    expect(JSON.parse(audit[1]?.detail ?? '{}')).toEqual({
      changes: [
        { field: 'headcount', old: 1, new: 2 },
        {
          field: 'content',
          old: 'Khiếu nại quyết định thu hồi đất nông nghiệp',
          new: 'Khiếu nại về bồi thường',
        },
        { field: 'person.phone', old: null, new: '0912345678' },
      ],
    });
    const found = await listVisits(db(), VisitListInput.parse({ query: 'boi thuong' }));
    expect(found.total).toBe(1);
  });

  it('writes no audit entry when nothing changed', async () => {
    const view = await createVisit(ctx(), visitInput());
    await updateVisit(ctx(), { id: view.id, visit: visitInput() });
    expect(await db().selectFrom('audit_log').select('action').execute()).toHaveLength(1);
  });
});
