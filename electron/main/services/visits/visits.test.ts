import { describe, expect, it } from 'vitest';
import { VisitCreateInput, VisitListInput } from '../../../../shared/contract/visits';
import { fixedClock, testContext } from '../../../../test/fixtures/test-db';
import { createEventBus } from '../../registry/event-bus';
import { createVisit } from './create-visit';
import { listVisits } from './visit-queries';
import { useTestDb } from '../../../../test/fixtures/use-test-db';

const { db } = useTestDb();

function input(overrides: Partial<Record<string, unknown>> = {}) {
  return VisitCreateInput.parse({
    person: { fullName: 'Nguyễn Văn Đức', idNumber: '001085012345', address: 'Phường Ba Đình, Hà Nội' },
    classification: 'khieu_nai',
    content: 'Khiếu nại quyết định thu hồi đất',
    ...overrides,
  });
}

describe('createVisit', () => {
  it('saves the person, a new case, the visit and its audit entry, stamped in UTC+7', async () => {
    const events = createEventBus();
    const seen: unknown[] = [];
    events.subscribe((name, payload) => seen.push([name, payload]));
    const view = await createVisit(testContext(db(), fixedClock('2026-11-27T17:30:00Z'), events), input());

    expect(view).toMatchObject({
      receivedAt: '2026-11-28T00:30:00+07:00',
      receptionKind: 'thuong_xuyen',
      fullName: 'Nguyễn Văn Đức',
      idNumber: '001085012345',
      classification: 'khieu_nai',
      headcount: 1,
      caseCode: 'VV-2026-00001',
      isFirstReception: true,
      officerName: 'Cán bộ thử nghiệm',
    });
    const visit = await db().selectFrom('visits').selectAll().executeTakeFirstOrThrow();
    expect(visit.received_on).toBe('2026-11-28');
    const person = await db().selectFrom('persons').selectAll().executeTakeFirstOrThrow();
    expect(person).toMatchObject({ id_type: 'cccd', name_key: 'nguyen van duc' });
    const audit = await db().selectFrom('audit_log').selectAll().execute();
    expect(audit.map((row) => [row.action, row.entity_id])).toEqual([['visit.create', String(view.id)]]);
    expect(seen).toEqual([['visits:changed', { visitId: view.id, action: 'created' }]]);
  });

  it('reuses the person with the same ID number and numbers cases per year', async () => {
    const ctx = testContext(db());
    const first = await createVisit(ctx, input());
    const second = await createVisit(ctx, input({ content: 'Kiến nghị về lối đi chung' }));
    expect(second.caseCode).toBe('VV-2026-00002');
    const persons = await db().selectFrom('persons').select('id').execute();
    expect(persons).toHaveLength(1);
    expect(first.caseId).not.toBe(second.caseId);
  });

  it('stores NFD input as NFC', async () => {
    const view = await createVisit(
      testContext(db()),
      input({ person: { fullName: 'Trần Thị Hoà'.normalize('NFD'), idNumber: null, address: null } }),
    );
    expect(view.fullName).toBe('Trần Thị Hoà'.normalize('NFC'));
  });
});

describe('listVisits', () => {
  it('lists newest first and pages with beforeId', async () => {
    const ctx = testContext(
      db(),
      fixedClock('2026-11-20T01:00:00Z', '2026-11-25T01:00:00Z', '2026-11-22T01:00:00Z'),
    );
    const a = await createVisit(ctx, input({ content: 'A' }));
    const b = await createVisit(ctx, input({ content: 'B' }));
    const c = await createVisit(ctx, input({ content: 'C' }));
    const page1 = await listVisits(db(), VisitListInput.parse({ limit: 2 }));
    expect(page1.items.map((v) => v.id)).toEqual([b.id, c.id]);
    expect(page1.total).toBe(3);
    const page2 = await listVisits(db(), VisitListInput.parse({ limit: 2, beforeId: c.id }));
    expect(page2.items.map((v) => v.id)).toEqual([a.id]);
  });
});
