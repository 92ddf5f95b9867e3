/** Reading a session (kỳ tiếp) with its visits and follow-ups, and the follow-ups of a case. */
import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/contract/envelope';
import type { FollowUpView, SessionDetail } from '../../../../shared/contract/schedule';
import type { DB } from '../../db/schema';

function followUps(db: Kysely<DB>) {
  return db
    .selectFrom('session_follow_ups as f')
    .innerJoin('reception_sessions as s', 's.id', 'f.session_id')
    .leftJoin('cases as c', 'c.id', 'f.case_id')
    .select([
      'f.id',
      'f.session_id',
      's.held_on',
      's.presided_by',
      'f.case_id',
      'c.code',
      'f.task',
      'f.assignee',
      'f.due_on',
      'f.done_at',
    ])
    .orderBy('f.due_on')
    .orderBy('f.id');
}

type FollowUpRow = Awaited<ReturnType<ReturnType<typeof followUps>['executeTakeFirstOrThrow']>>;

function toFollowUpView(row: FollowUpRow): FollowUpView {
  return {
    id: row.id,
    sessionId: row.session_id,
    sessionHeldOn: row.held_on,
    presidedBy: row.presided_by,
    caseId: row.case_id,
    caseCode: row.code,
    task: row.task,
    assignee: row.assignee,
    dueOn: row.due_on,
    doneAt: row.done_at,
  };
}

export async function followUpsForCase(db: Kysely<DB>, caseId: number): Promise<FollowUpView[]> {
  return (await followUps(db).where('f.case_id', '=', caseId).execute()).map(toFollowUpView);
}

export async function getFollowUp(db: Kysely<DB>, id: number): Promise<FollowUpView> {
  const row = await followUps(db).where('f.id', '=', id).executeTakeFirst();
  if (row === undefined)
    throw new AppError('NOT_FOUND', 'Không tìm thấy việc cần theo dõi này; hãy tải lại trang.');
  return toFollowUpView(row);
}

export async function getSessionDetail(db: Kysely<DB>, id: number): Promise<SessionDetail> {
  const row = await db
    .selectFrom('reception_sessions as s')
    .leftJoin('schedule_days as d', 'd.id', 's.schedule_day_id')
    .leftJoin('schedule_rules as r', 'r.id', 'd.rule_id')
    .selectAll('s')
    .select('r.place')
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (row === undefined) throw new AppError('NOT_FOUND', 'Không tìm thấy kỳ tiếp này; hãy tải lại trang.');
  const visits = await db
    .selectFrom('visits')
    .innerJoin('cases', 'cases.id', 'visits.case_id')
    .select(['visits.id', 'visits.received_at', 'cases.code'])
    .where('visits.session_id', '=', id)
    .orderBy('visits.received_at')
    .execute();
  return {
    id: row.id,
    kind: row.kind,
    heldOn: row.held_on,
    presidedBy: row.presided_by,
    title: row.title,
    channel: row.channel,
    meetingRef: row.meeting_ref,
    status: row.status,
    visitCount: visits.length,
    conclusions: row.conclusions,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    place: row.place,
    followUps: (await followUps(db).where('f.session_id', '=', id).execute()).map(toFollowUpView),
    visits: visits.map((v) => ({ id: v.id, receivedAt: v.received_at, caseCode: v.code })),
  };
}
