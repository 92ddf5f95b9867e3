import type { Kysely } from 'kysely';
import type {
  VisitCreateInput,
  VisitListInput,
  VisitListOutput,
  VisitView,
} from '../../../shared/contract/visits';
import { AppError } from '../../../shared/contract/envelope';
import { toLocalDate, toLocalIso } from '../../../shared/domain/local-time';
import type { DB } from '../db/schema';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { nextCounter } from './counters';
import { upsertPerson } from './persons';

/** Group threshold of the current Biểu 01/TCD (đoàn đông người = 5 people or more). */
const DEFAULT_GROUP_THRESHOLD = 5;

/**
 * Saves a walk-in visit: person, a new case and the visit, with its audit entry, in one transaction:
 * all of it is on disk when this returns, or none of it.
 */
export async function createVisit(ctx: ServiceContext, input: VisitCreateInput): Promise<VisitView> {
  const instant = ctx.clock();
  const now = toLocalIso(instant);
  const visitId = await ctx.db.transaction().execute(async (trx) => {
    const personId = await upsertPerson(trx, input.person, now);
    const year = now.slice(0, 4);
    const caseNumber = await nextCounter(trx, `case:${year}`);
    const createdCase = await trx
      .insertInto('cases')
      .values({
        code: `VV-${year}-${String(caseNumber).padStart(5, '0')}`,
        classification: input.classification,
        subject: null,
        summary: input.content.slice(0, 500),
        first_received_at: now,
        accepted_on: null,
        deadline_on: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const headcount = 1;
    const visit = await trx
      .insertInto('visits')
      .values({
        received_at: now,
        received_on: toLocalDate(instant),
        reception_kind: 'thuong_xuyen',
        session_id: null,
        person_id: personId,
        case_id: createdCase.id,
        is_first_reception: 1,
        headcount,
        is_group: headcount >= DEFAULT_GROUP_THRESHOLD ? 1 : 0,
        classification: input.classification,
        subject: null,
        content: input.content,
        resolved_by_body: null,
        handling: null,
        forwarded_to: null,
        result_tracking: null,
        note: null,
        refusal_reason: null,
        back_entry_reason: null,
        officer_user_id: ctx.actor.userId,
        officer_name: ctx.actor.displayName,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('visit_persons')
      .values({ visit_id: visit.id, person_id: personId, role: 'nguoi_tiep' })
      .execute();
    await appendAudit(trx, ctx.actor, now, {
      action: 'visit.create',
      entity: 'visit',
      entityId: visit.id,
      detail: { caseId: createdCase.id, personId },
    });
    return visit.id;
  });
  ctx.events.emit('visits:changed', { visitId, action: 'created' });
  return getVisit(ctx.db, visitId);
}

function visitQuery(db: Kysely<DB>) {
  return db
    .selectFrom('visits')
    .innerJoin('persons', 'persons.id', 'visits.person_id')
    .innerJoin('cases', 'cases.id', 'visits.case_id')
    .select([
      'visits.id',
      'visits.received_at',
      'visits.reception_kind',
      'persons.full_name',
      'persons.id_number',
      'persons.address_line',
      'visits.classification',
      'visits.content',
      'visits.headcount',
      'visits.case_id',
      'cases.code as case_code',
      'visits.is_first_reception',
      'visits.officer_name',
    ]);
}

type VisitRow = Awaited<ReturnType<ReturnType<typeof visitQuery>['executeTakeFirstOrThrow']>>;

function toView(row: VisitRow): VisitView {
  return {
    id: row.id,
    receivedAt: row.received_at,
    receptionKind: row.reception_kind,
    fullName: row.full_name,
    idNumber: row.id_number,
    address: row.address_line,
    classification: row.classification,
    content: row.content,
    headcount: row.headcount,
    caseId: row.case_id,
    caseCode: row.case_code,
    isFirstReception: row.is_first_reception === 1,
    officerName: row.officer_name,
  };
}

export async function getVisit(db: Kysely<DB>, id: number): Promise<VisitView> {
  const row = await visitQuery(db).where('visits.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy lượt tiếp số ${id}.`);
  return toView(row);
}

/** The register, newest reception first; `beforeId` pages through older entries. */
export async function listVisits(db: Kysely<DB>, input: VisitListInput): Promise<VisitListOutput> {
  let query = visitQuery(db);
  if (input.beforeId !== null) {
    const anchor = await db
      .selectFrom('visits')
      .select(['received_at', 'id'])
      .where('id', '=', input.beforeId)
      .executeTakeFirst();
    if (anchor) {
      query = query.where((eb) =>
        eb.or([
          eb('visits.received_at', '<', anchor.received_at),
          eb.and([eb('visits.received_at', '=', anchor.received_at), eb('visits.id', '<', anchor.id)]),
        ]),
      );
    }
  }
  const rows = await query
    .orderBy('visits.received_at', 'desc')
    .orderBy('visits.id', 'desc')
    .limit(input.limit)
    .execute();
  const total = await db
    .selectFrom('visits')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { items: rows.map(toView), total: Number(total.n) };
}
