import { sql, type Kysely } from 'kysely';
import type { SessionInput, SessionView } from '../../../shared/contract/sessions';
import { toLocalIso } from '../../../shared/domain/local-time';
import type { DB } from '../db/schema';
import type { ServiceContext } from './context';
import { insertOpenSession, type NewSession } from './session-insert';

function sessions(db: Kysely<DB>) {
  return db
    .selectFrom('reception_sessions')
    .select([
      'id',
      'kind',
      'held_on',
      'presided_by',
      'title',
      'status',
      'channel',
      'meeting_ref',
      sql<number>`(select count(*) from visits where visits.session_id = reception_sessions.id)`.as(
        'visit_count',
      ),
    ]);
}

type SessionRow = Awaited<ReturnType<ReturnType<typeof sessions>['executeTakeFirstOrThrow']>>;

function toView(row: SessionRow): SessionView {
  return {
    id: row.id,
    kind: row.kind,
    heldOn: row.held_on,
    presidedBy: row.presided_by,
    title: row.title,
    channel: row.channel,
    meetingRef: row.meeting_ref,
    visitCount: Number(row.visit_count),
    status: row.status,
  };
}

/** Sessions (kỳ tiếp) held in a date range, newest first; all recent ones when no range is given. */
export async function listSessions(
  db: Kysely<DB>,
  range: { from: string | null; to: string | null },
): Promise<SessionView[]> {
  let query = sessions(db);
  if (range.from !== null) query = query.where('held_on', '>=', range.from);
  if (range.to !== null) query = query.where('held_on', '<=', range.to);
  const rows = await query.orderBy('held_on', 'desc').orderBy('id', 'desc').limit(200).execute();
  return rows.map(toView);
}

/** Opens a session (from the intake form, or later the schedule); audited. */
export async function createSession(
  ctx: ServiceContext,
  input: Omit<SessionInput, 'channel' | 'meetingRef'> & Partial<Pick<SessionInput, 'channel' | 'meetingRef'>>,
  externalKey: string | null = null,
): Promise<SessionView> {
  const now = toLocalIso(ctx.clock());
  const values: NewSession = {
    kind: input.kind,
    held_on: input.heldOn,
    presided_by: input.presidedBy,
    title: input.title,
    channel: input.channel ?? 'truc_tiep',
    meeting_ref: input.channel === 'truc_tuyen' ? (input.meetingRef ?? null) : null,
    external_key: externalKey,
  };
  const id = await ctx.db
    .transaction()
    .execute((trx) =>
      insertOpenSession(trx, ctx.actor, now, values, { action: 'session.create', detail: input }),
    );
  return toView(await sessions(ctx.db).where('id', '=', id).executeTakeFirstOrThrow());
}
