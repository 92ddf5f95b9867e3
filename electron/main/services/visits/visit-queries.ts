import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type {
  VisitDetail,
  VisitFilters,
  VisitListInput,
  VisitListOutput,
  VisitView,
} from '../../../../shared/contract/visits';
import { AppError } from '../../../../shared/contract/envelope';
import { searchVisitWindow, type SearchWindow } from '../../db/search-index';
import type { DB } from '../../db/schema';
import { fullAddress, PERSON_COLUMNS, toPersonView } from '../persons';

function visitQuery(db: Kysely<DB>) {
  return db
    .selectFrom('visits')
    .innerJoin('persons', 'persons.id', 'visits.person_id')
    .innerJoin('cases', 'cases.id', 'visits.case_id')
    .select([
      'visits.id',
      'visits.received_at',
      'visits.reception_kind',
      'visits.channel',
      'visits.meeting_ref',
      'visits.session_id',
      'persons.full_name',
      'persons.id_number',
      'persons.address_line',
      'persons.commune_code',
      'persons.province_code',
      'visits.classification',
      'visits.subject',
      'visits.content',
      'visits.headcount',
      'visits.is_group',
      'visits.case_id',
      'cases.code as case_code',
      'visits.is_first_reception',
      'visits.resolved_by_body',
      'visits.handling',
      'visits.forwarded_to',
      'visits.result_tracking',
      'visits.note',
      'visits.refusal_reason',
      'visits.officer_name',
    ]);
}

type VisitRow = Awaited<ReturnType<ReturnType<typeof visitQuery>['executeTakeFirstOrThrow']>>;

function toView(row: VisitRow): VisitView {
  return {
    id: row.id,
    receivedAt: row.received_at,
    receptionKind: row.reception_kind,
    channel: row.channel,
    meetingRef: row.meeting_ref,
    sessionId: row.session_id,
    fullName: row.full_name,
    idNumber: row.id_number,
    address: fullAddress(row.address_line, row.commune_code, row.province_code),
    classification: row.classification,
    subject: row.subject,
    content: row.content,
    headcount: row.headcount,
    isGroup: row.is_group === 1,
    caseId: row.case_id,
    caseCode: row.case_code,
    isFirstReception: row.is_first_reception === 1,
    resolvedByBody: row.resolved_by_body,
    handling: row.handling,
    forwardedTo: row.forwarded_to,
    resultTracking: row.result_tracking,
    note: row.note,
    refusalReason: row.refusal_reason as VisitView['refusalReason'],
    officerName: row.officer_name,
    isIdentityMasked: false,
  };
}

export async function getVisitView(db: Kysely<DB>, id: number): Promise<VisitView> {
  const row = await visitQuery(db).where('visits.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy lượt tiếp số ${id}.`);
  return toView(row);
}

/** Everything the edit form needs: the register line plus people, documents and recorded overrides. */
export async function getVisitDetail(db: Kysely<DB>, id: number): Promise<VisitDetail> {
  const view = await getVisitView(db, id);
  const visit = await db
    .selectFrom('visits')
    .select(['person_id', 'back_entry_reason', 'id_check_overrides'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const people = await db
    .selectFrom('visit_persons')
    .innerJoin('persons', 'persons.id', 'visit_persons.person_id')
    .select([...PERSON_COLUMNS, 'visit_persons.role'])
    .where('visit_persons.visit_id', '=', id)
    .orderBy('persons.id')
    .execute();
  const documents = await db
    .selectFrom('visit_documents')
    .select(['id', 'name', 'pages', 'is_original', 'condition'])
    .where('visit_id', '=', id)
    .orderBy('position')
    .execute();
  const main = people.find((person) => person.id === visit.person_id);
  if (!main) throw new AppError('INTERNAL', 'Lượt tiếp thiếu thông tin công dân.');
  return {
    ...view,
    person: toPersonView(main),
    representatives: people.filter((person) => person.role === 'dai_dien').map(toPersonView),
    documents: documents.map((doc) => ({
      id: doc.id,
      name: doc.name,
      pages: doc.pages,
      isOriginal: doc.is_original === 1,
      condition: doc.condition,
    })),
    backEntryReason: visit.back_entry_reason,
    idCheckOverrides: visit.id_check_overrides ? (JSON.parse(visit.id_check_overrides) as string[]) : [],
  };
}

/** Options that come from who is asking, not from the filters. */
export interface ListOptions {
  /** Roles that may not know who denounced: a text search never returns tố cáo visits. */
  hideDenunciationsInSearch?: boolean;
}

function applyFilters<O>(
  query: SelectQueryBuilder<DB, 'visits', O>,
  filters: VisitFilters,
  options: ListOptions = {},
  window: SearchWindow | null = null,
) {
  let q = query;
  if (filters.from !== null) q = q.where('visits.received_on', '>=', filters.from);
  if (filters.to !== null) q = q.where('visits.received_on', '<=', filters.to);
  if (filters.receptionKind !== null) q = q.where('visits.reception_kind', '=', filters.receptionKind);
  if (filters.channel !== null) q = q.where('visits.channel', '=', filters.channel);
  if (filters.classification !== null) q = q.where('visits.classification', '=', filters.classification);
  if (filters.subject !== null) q = q.where('visits.subject', '=', filters.subject);
  if (filters.officer !== null) q = q.where('visits.officer_name', 'like', `%${filters.officer}%`);
  if (filters.isGroup !== null) q = q.where('visits.is_group', '=', filters.isGroup ? 1 : 0);
  if (window !== null) {
    q = q.where('visits.id', 'in', sql<number>`(select value from json_each(${JSON.stringify(window.ids)}))`);
    if (options.hideDenunciationsInSearch) q = q.where('visits.classification', '!=', 'to_cao');
  }
  return q;
}

/** Totals above this are shown as "more than 10.000": counting a million rows exactly costs more than a page. */
export const COUNT_CAP = 10_000;

async function cappedCount(
  db: Kysely<DB>,
  input: VisitListInput,
  options: ListOptions,
  window: SearchWindow | null,
) {
  const matching = applyFilters(db.selectFrom('visits'), input, options, window)
    .select(sql<number>`1`.as('one'))
    .limit(COUNT_CAP + 1);
  const row = await db
    .selectFrom(matching.as('matching'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(row.n);
  return { total: Math.min(n, COUNT_CAP), isTotalCapped: n > COUNT_CAP };
}

/**
 * The register, newest reception first, filtered; `beforeId` pages through older entries. The page's
 * ids are chosen first (on the indexes alone), then only those rows are joined to persons and cases.
 */
export async function listVisits(
  db: Kysely<DB>,
  input: VisitListInput,
  options: ListOptions = {},
): Promise<VisitListOutput> {
  const window = input.query === null ? null : await searchVisitWindow(db, input.query);
  let ids = applyFilters(db.selectFrom('visits'), input, options, window).select('visits.id');
  if (input.beforeId !== null) {
    const anchor = await db
      .selectFrom('visits')
      .select(['received_at', 'id'])
      .where('id', '=', input.beforeId)
      .executeTakeFirst();
    if (anchor) {
      ids = ids.where((eb) =>
        eb.or([
          eb('visits.received_at', '<', anchor.received_at),
          eb.and([eb('visits.received_at', '=', anchor.received_at), eb('visits.id', '<', anchor.id)]),
        ]),
      );
    }
  }
  const page = ids.orderBy('visits.received_at', 'desc').orderBy('visits.id', 'desc').limit(input.limit);
  const rows = await visitQuery(db)
    .where('visits.id', 'in', page)
    .orderBy('visits.received_at', 'desc')
    .orderBy('visits.id', 'desc')
    .execute();
  const counted = await cappedCount(db, input, options, window);
  const searchIsCapped = window?.isFull ?? false;
  return {
    items: rows.map(toView),
    total: counted.total,
    isTotalCapped: counted.isTotalCapped || searchIsCapped,
  };
}

/** The visits of one case, in the order they were received. */
export async function listCaseVisits(db: Kysely<DB>, caseId: number): Promise<VisitView[]> {
  const rows = await visitQuery(db)
    .where('visits.case_id', '=', caseId)
    .orderBy('visits.received_at')
    .orderBy('visits.id')
    .execute();
  return rows.map(toView);
}
