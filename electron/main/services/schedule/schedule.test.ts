import { describe, expect, it } from 'vitest';
import { testContext } from '../../../../test/fixtures/test-db';
import { queueSetup } from '../queue/issue-ticket';
import { loadSittings, moveSitting, publishSittings } from './calendar';
import { complianceReport } from './compliance';
import { removeHoliday, saveHoliday } from './holidays';
import { saveRule } from './rules';
import { closeSession, openSitting } from './session-flow';
import { followUpsForCase } from './session-records';
import { ruleInput, TODAY_INSTANT } from './test-support';
import { useTestDb } from '../../../../test/fixtures/use-test-db';

const { db } = useTestDb();

const ctx = () => testContext(db());
const days = async (from: string, to: string) =>
  (await loadSittings(db(), { from, to })).map((s) => [s.day, s.movedBy, s.isPublished]);

describe('schedule rules and calendar', () => {
  it('expands a weekly rule over the seeded holidays and audits an edit field by field', async () => {
    const rule = await saveRule(ctx(), ruleInput({ weekday: 3, validFrom: '2026-12-01' }));
    // 02/09/2027 is a Thursday; 01/09/2027 (Wednesday) is the holiday before Quốc khánh.
    expect(await days('2027-08-30', '2027-09-10')).toEqual([
      ['2027-09-03', 'holiday', false],
      ['2027-09-08', null, false],
    ]);
    await saveRule(
      ctx(),
      ruleInput({ id: rule.id, weekday: 3, validFrom: '2026-12-01', place: 'Hội trường xã' }),
    );
    const audit = await db().selectFrom('audit_log').select(['action', 'detail']).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['schedule.rule.create', 'schedule.rule.update']);
    expect(JSON.parse(audit[1]!.detail!)).toEqual({
      changes: [{ field: 'place', old: 'Phòng tiếp công dân UBND xã', new: 'Hội trường xã' }],
    });
  });

  it('publishes a month, keeps published days, and moves or cancels a sitting with a reason', async () => {
    const rule = await saveRule(ctx(), ruleInput());
    expect(await publishSittings(ctx(), { from: '2026-12-01', to: '2026-12-31' })).toBe(4);
    expect(await publishSittings(ctx(), { from: '2026-12-01', to: '2026-12-31' })).toBe(0);
    await moveSitting(ctx(), {
      ruleId: rule.id,
      plannedDay: '2026-12-11',
      day: '2026-12-10',
      reason: 'Họp HĐND',
    });
    await moveSitting(ctx(), { ruleId: rule.id, plannedDay: '2026-12-25', day: null, reason: 'Đi công tác' });
    expect(await days('2026-12-01', '2026-12-31')).toEqual([
      ['2026-12-04', null, true],
      ['2026-12-10', 'manual', true],
      ['2026-12-18', null, true],
    ]);
    await expect(
      moveSitting(ctx(), { ruleId: rule.id, plannedDay: '2026-12-18', day: '2026-12-19', reason: 'x' }),
    ).rejects.toThrow('Ngày chuyển đến là ngày nghỉ; hãy chọn một ngày làm việc.');
    await expect(
      moveSitting(ctx(), { ruleId: rule.id, plannedDay: '2026-12-17', day: '2026-12-16', reason: 'x' }),
    ).rejects.toThrow('Lịch không có buổi tiếp vào ngày này');
  });

  it('an added holiday moves an unpublished sitting; removing it moves the sitting back', async () => {
    await saveRule(ctx(), ruleInput());
    await saveHoliday(ctx(), { day: '2026-12-04', name: 'Nghỉ theo quyết định', kind: 'khac' });
    expect(await days('2026-12-01', '2026-12-08')).toEqual([['2026-12-07', 'holiday', false]]);
    await removeHoliday(ctx(), '2026-12-04');
    expect(await days('2026-12-01', '2026-12-08')).toEqual([['2026-12-04', null, false]]);
  });
});

describe('sessions from the schedule', () => {
  it("opens today's sitting (the head's queue line opens), closes it with a follow-up on a case", async () => {
    const rule = await saveRule(ctx(), ruleInput());
    const now = new Date(TODAY_INSTANT);
    expect((await queueSetup(db(), now)).lines.map((l) => [l.code, l.isOpen])).toEqual([
      ['thuong_xuyen', true],
      ['thu_truong', false],
    ]);
    const session = await openSitting(ctx(), { ruleId: rule.id, plannedDay: '2026-11-27' });
    expect([session.kind, session.heldOn, session.presidedBy, session.status, session.place]).toEqual([
      'dinh_ky',
      '2026-11-27',
      'Trần Văn Bình',
      'open',
      'Phòng tiếp công dân UBND xã',
    ]);
    expect((await openSitting(ctx(), { ruleId: rule.id, plannedDay: '2026-11-27' })).id).toBe(session.id);
    expect((await queueSetup(db(), now)).lines.map((l) => l.isOpen)).toEqual([true, true]);
    await expect(openSitting(ctx(), { ruleId: rule.id, plannedDay: '2026-11-20' })).rejects.toThrow(
      'chỉ mở được kỳ tiếp của ngày hôm nay',
    );

    const caseId = (
      await db()
        .insertInto('cases')
        .values({
          code: 'VV-2026-00007',
          classification: 'kien_nghi',
          summary: 'Kiến nghị sửa đường',
          first_received_at: '2026-11-27T09:00:00+07:00',
          created_at: '2026-11-27T09:00:00+07:00',
          updated_at: '2026-11-27T09:00:00+07:00',
          external_key: null,
          accepted_on: null,
          deadline_on: null,
          subject: null,
          last_received_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const closed = await closeSession(ctx(), {
      sessionId: session.id,
      conclusions: 'Giao phòng Kinh tế kiểm tra hiện trường.',
      followUps: [
        {
          task: 'Kiểm tra hiện trường',
          assignee: 'Phòng Kinh tế',
          dueOn: '2026-12-10',
          caseCode: 'vv-2026-00007',
        },
      ],
    });
    expect([closed.status, closed.conclusions, closed.followUps.length]).toEqual([
      'closed',
      'Giao phòng Kinh tế kiểm tra hiện trường.',
      1,
    ]);
    expect((await queueSetup(db(), now)).lines.map((l) => l.isOpen)).toEqual([true, false]);
    expect(
      (await followUpsForCase(db(), caseId)).map((f) => [f.task, f.assignee, f.dueOn, f.caseCode]),
    ).toEqual([['Kiểm tra hiện trường', 'Phòng Kinh tế', '2026-12-10', 'VV-2026-00007']]);
    await expect(
      closeSession(ctx(), { sessionId: session.id, conclusions: 'Lần hai', followUps: [] }),
    ).rejects.toThrow('Kỳ tiếp này đã kết thúc từ trước.');
  });

  it('refuses a follow-up on an unknown case without closing the session', async () => {
    const rule = await saveRule(ctx(), ruleInput());
    const session = await openSitting(ctx(), { ruleId: rule.id, plannedDay: '2026-11-27' });
    await expect(
      closeSession(ctx(), {
        sessionId: session.id,
        conclusions: 'Kết luận',
        followUps: [
          { task: 'Trả lời', assignee: 'Văn phòng', dueOn: '2026-12-01', caseCode: 'VV-2026-09999' },
        ],
      }),
    ).rejects.toThrow('Không có vụ việc mã "VV-2026-09999"');
    const row = await db().selectFrom('reception_sessions').select('status').executeTakeFirstOrThrow();
    expect(row.status).toBe('open');
  });

  it('compliance counts announced and held days of the leader per unit', async () => {
    await saveRule(ctx(), ruleInput());
    await publishSittings(ctx(), { from: '2026-11-01', to: '2026-11-30' });
    const rule = (await db().selectFrom('schedule_rules').select('id').executeTakeFirstOrThrow()).id;
    await openSitting(ctx(), { ruleId: rule, plannedDay: '2026-11-27' });
    const [report] = await complianceReport(db(), { from: '2026-11-01', to: '2026-11-30' });
    expect(report?.units.map((u) => [u.from, u.to, u.minDays, u.announced, u.held, u.isMet])).toEqual([
      ['2026-11-01', '2026-11-30', 2, 4, 1, false],
    ]);
  });
});
