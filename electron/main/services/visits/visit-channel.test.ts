import { describe, expect, it } from 'vitest';
import { VisitInput, VisitListInput } from '../../../../shared/contract/visits';
import { fixedClock, testContext } from '../../../../test/fixtures/test-db';
import { visitInput } from '../../../../test/fixtures/visit-input';
import { SessionInput } from '../../../../shared/contract/sessions';
import { createSession } from '../sessions';
import { createVisit } from './create-visit';
import { updateVisit } from './update-visit';
import { visitHistory } from './visit-history';
import { listVisits } from './visit-queries';
import { useTestDb } from '../../../../test/fixtures/use-test-db';

const { db } = useTestDb();

const ctx = () => testContext(db(), fixedClock('2026-11-27T02:30:00Z'));
const ONLINE = { channel: 'truc_tuyen', meetingRef: 'Phòng họp trực tuyến 12, mã 845 221' };

describe('reception channel on visits', () => {
  it('stores the channel and meeting reference; older input means in person', async () => {
    const inPerson = await createVisit(ctx(), visitInput());
    const online = await createVisit(ctx(), visitInput(ONLINE));
    expect([inPerson.channel, inPerson.meetingRef]).toEqual(['truc_tiep', null]);
    expect([online.channel, online.meetingRef]).toEqual([
      'truc_tuyen',
      'Phòng họp trực tuyến 12, mã 845 221',
    ]);
  });

  it('filters the register by channel', async () => {
    await createVisit(ctx(), visitInput());
    const online = await createVisit(ctx(), visitInput(ONLINE));
    const list = await listVisits(db(), VisitListInput.parse({ channel: 'truc_tuyen' }));
    expect([list.items.map((v) => v.id), list.total]).toEqual([[online.id], 1]);
    const inPerson = await listVisits(db(), VisitListInput.parse({ channel: 'truc_tiep' }));
    expect(inPerson.total).toBe(1);
  });

  it('refuses a meeting reference on an in-person visit, saying what to do', () => {
    const parsed = VisitInput.safeParse({ ...visitInput(), meetingRef: 'abc' });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['meetingRef', 'Chỉ ghi mã cuộc họp cho lượt tiếp trực tuyến; hãy chọn kênh "Trực tuyến" hoặc xóa mã.'],
    ]);
  });

  it('audits a change of channel and meeting reference, old → new', async () => {
    const saved = await createVisit(ctx(), visitInput());
    await updateVisit(ctx(), { id: saved.id, visit: visitInput({ ...ONLINE, caseId: saved.caseId }) });
    const [edit] = (await visitHistory(db(), saved.id)).filter((entry) => entry.action !== 'visit.create');
    expect(edit?.changes.filter((c) => c.field === 'channel' || c.field === 'meetingRef')).toEqual([
      { field: 'channel', old: 'truc_tiep', new: 'truc_tuyen' },
      { field: 'meetingRef', old: null, new: 'Phòng họp trực tuyến 12, mã 845 221' },
    ]);
  });
});

describe('reception channel on sessions', () => {
  const session = (extra: Record<string, unknown>) =>
    SessionInput.parse({ kind: 'dinh_ky', heldOn: '2026-11-27', presidedBy: 'Chủ tịch UBND xã', ...extra });

  it('an online session keeps its meeting; an in-person one (the default) keeps none', async () => {
    const online = await createSession(ctx(), session(ONLINE));
    const inPerson = await createSession(ctx(), session({ meetingRef: 'bỏ qua' }));
    expect([online.channel, online.meetingRef, inPerson.channel, inPerson.meetingRef]).toEqual([
      'truc_tuyen',
      'Phòng họp trực tuyến 12, mã 845 221',
      'truc_tiep',
      null,
    ]);
  });
});
