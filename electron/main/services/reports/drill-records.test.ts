import { describe, expect, it } from 'vitest';
import { fixedClock, testContext } from '../../../../test/fixtures/test-db';
import { useTestDb } from '../../../../test/fixtures/use-test-db';
import { visitInput } from '../../../../test/fixtures/visit-input';
import { callNext } from '../queue/desk-actions';
import { issueTicket } from '../queue/issue-ticket';
import { createVisit } from '../visits/create-visit';
import { drillRecords } from './drill-records';

const { db } = useTestDb();
const ctx = () => testContext(db(), fixedClock('2026-11-27T02:00:00Z'));
const issue = () =>
  issueTicket(ctx(), {
    lineCode: 'thuong_xuyen',
    fullName: null,
    idNumber: null,
    headcount: 1,
    priorityReason: null,
  });

describe('drillRecords', () => {
  it('lists tickets in the order given, their status in Vietnamese, leaving out ids not found', async () => {
    const first = await issue();
    const second = await issue();
    await callNext(ctx(), 1);
    const records = await drillRecords(db(), { kind: 'tickets', ids: [second.id, 999, first.id] });
    expect(records).toEqual([
      { id: second.id, date: '27/11/2026', title: `Phiếu ${second.code}`, detail: 'Đang chờ', link: null },
      { id: first.id, date: '27/11/2026', title: `Phiếu ${first.code}`, detail: 'Đã gọi', link: null },
    ]);
  });

  it("masks a denouncer's name in a visit record and links the visit", async () => {
    const visit = await createVisit(ctx(), visitInput({ classification: 'to_cao' }));
    const [record] = await drillRecords(db(), { kind: 'visits', ids: [visit.id] });
    expect(record?.title).not.toContain('Nguyễn');
    expect(record).toMatchObject({ id: visit.id, date: '27/11/2026', link: `/so-tiep-cong-dan/${visit.id}` });
    expect(record?.detail).toContain('Tố cáo · 1 người · vụ việc ');
  });
});
