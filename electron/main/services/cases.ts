import { sql, type Kysely } from 'kysely';
import type {
  CaseDetail,
  CaseSuggestInput,
  CaseSuggestion,
  CaseSuggestOutput,
  ReturningPerson,
} from '../../../shared/contract/cases';
import { AppError } from '../../../shared/contract/envelope';
import { normalizeIdNumber } from '../../../shared/domain/cccd';
import { caseDeadlines } from '../../../shared/domain/deadline-rules';
import { foldText } from '../../../shared/domain/text-fold';
import { similarCaseIds } from '../db/similar-cases';
import type { DB } from '../db/schema';
import { PERSON_COLUMNS, toPersonView } from './persons';
import { listCaseVisits } from './visits/visit-queries';

/** Persons on file with the ID number (current or old), or the same folded name in the same commune. */
async function returningPersons(
  db: Kysely<DB>,
  input: CaseSuggestInput,
  hideDenunciations: boolean,
): Promise<(ReturningPerson & { why: CaseSuggestion['reason'] })[]> {
  const counted = hideDenunciations ? sql`and visits.classification != 'to_cao'` : sql``;
  const found: (ReturningPerson & { why: CaseSuggestion['reason'] })[] = [];
  const numbers = [input.idNumber, input.oldIdNumber]
    .map((n) => (n === null ? '' : normalizeIdNumber(n)))
    .filter((n) => n.length >= 6);
  const base = db
    .selectFrom('persons')
    .select([
      ...PERSON_COLUMNS,
      sql<number>`(select count(*) from visits where visits.person_id = persons.id ${counted})`.as(
        'visit_count',
      ),
      sql<
        string | null
      >`(select max(received_at) from visits where visits.person_id = persons.id ${counted})`.as(
        'last_visit_at',
      ),
    ])
    .limit(5);
  const add = (rows: Awaited<ReturnType<typeof base.execute>>, why: CaseSuggestion['reason']) => {
    for (const row of rows) {
      if (found.some((person) => person.id === row.id)) continue;
      if (hideDenunciations && Number(row.visit_count ?? 0) === 0) continue;
      found.push({
        ...toPersonView(row),
        visitCount: Number(row.visit_count ?? 0),
        lastVisitAt: row.last_visit_at ?? null,
        why,
      });
    }
  };
  if (numbers.length > 0) {
    add(
      await base
        .where((eb) => eb.or([eb('id_number', 'in', numbers), eb('old_id_number', 'in', numbers)]))
        .execute(),
      'same_id',
    );
  }
  if (input.fullName !== null && input.communeCode !== null) {
    add(
      await base
        .where('name_key', '=', foldText(input.fullName))
        .where('commune_code', '=', input.communeCode)
        .execute(),
      'same_name_commune',
    );
  }
  return found;
}

function caseRows(db: Kysely<DB>) {
  return db
    .selectFrom('cases')
    .select([
      'cases.id',
      'cases.code',
      'cases.classification',
      'cases.summary',
      'cases.status',
      'cases.first_received_at',
      'cases.last_received_at',
      sql<number>`(select count(*) from visits where visits.case_id = cases.id)`.as('visit_count'),
    ]);
}

/**
 * What a visit being typed may belong to: the cases of returning persons (same ID, or same name in
 * the same commune), then cases with similar content. Each case appears once, with its best reason.
 */
export async function suggestCases(
  db: Kysely<DB>,
  input: CaseSuggestInput,
  options: { hideDenunciations?: boolean } = {},
): Promise<CaseSuggestOutput> {
  const hide = options.hideDenunciations ?? false;
  const persons = await returningPersons(db, input, hide);
  const reasons = new Map<number, CaseSuggestion['reason']>();
  for (const person of persons) {
    const cases = await db
      .selectFrom('visits')
      .select('case_id')
      .distinct()
      .where('person_id', '=', person.id)
      .execute();
    for (const { case_id } of cases) if (!reasons.has(case_id)) reasons.set(case_id, person.why);
  }
  if (input.content !== null) {
    for (const id of await similarCaseIds(db, input.content, input.limit))
      if (!reasons.has(id)) reasons.set(id, 'similar_content');
  }
  const ids = [...reasons.keys()];
  let query = caseRows(db).where('cases.id', 'in', ids.length === 0 ? [-1] : ids);
  if (hide) query = query.where('cases.classification', '!=', 'to_cao');
  const rows = await query.execute();
  const order = ['same_id', 'same_name_commune', 'similar_content'];
  const cases = rows
    .map((row) => ({
      caseId: row.id,
      code: row.code,
      classification: row.classification,
      summary: row.summary,
      status: row.status,
      visitCount: Number(row.visit_count ?? 0),
      lastReceivedAt: row.last_received_at ?? row.first_received_at,
      reason: reasons.get(row.id)!,
    }))
    .sort(
      (a, b) =>
        order.indexOf(a.reason) - order.indexOf(b.reason) || b.lastReceivedAt.localeCompare(a.lastReceivedAt),
    )
    .slice(0, input.limit);
  return { persons: persons.map(({ why: _why, ...person }) => person), cases };
}

/** A case with its visits in order, and the legal deadlines that apply to it. */
export async function getCase(db: Kysely<DB>, id: number): Promise<CaseDetail> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy vụ việc số ${id}.`);
  return {
    id: row.id,
    code: row.code,
    classification: row.classification,
    subject: row.subject,
    summary: row.summary,
    status: row.status,
    firstReceivedAt: row.first_received_at,
    acceptedOn: row.accepted_on,
    deadlines: caseDeadlines(row.classification, row.first_received_at.slice(0, 10), row.accepted_on),
    visits: await listCaseVisits(db, id),
  };
}
