import { sql, type Kysely, type Transaction } from 'kysely';
import { foldText } from '../../../shared/domain/text-fold';
import type { DB } from './schema';

/**
 * The SQLite-specific full-text search (FTS5) behind one module: the rest of the app only asks for ids.
 * Terms are folded in TypeScript (SQLite's unicode61 does not fold đ), and queries are folded the same way.
 */
type Executor = Kysely<DB> | Transaction<DB>;

/** Words of a folded text, keeping letters and digits only (no FTS syntax can leak through). */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .slice(0, 12);
}

/**
 * Every word must match, the last one as a prefix (it is still being typed): "nguyen van du" finds
 * "Nguyễn Văn Đức". Whole earlier words keep the lookup on short posting lists.
 */
export function prefixQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map((word, index) => (index === words.length - 1 ? `"${word}"*` : `"${word}"`)).join(' ');
}

/** A text search returns at most the newest this many matches (by entry order), then the filters sort them. */
export const SEARCH_WINDOW = 500;

async function replace(db: Executor, table: string, rowid: number, terms: string): Promise<void> {
  await sql`delete from ${sql.table(table)} where rowid = ${rowid}`.execute(db);
  if (terms.trim() !== '') {
    await sql`insert into ${sql.table(table)} (rowid, terms) values (${rowid}, ${terms})`.execute(db);
  }
}

/** Adds the search terms of a row that was just inserted (nothing to replace). */
export async function addSearchTerms(
  db: Executor,
  table: 'visit_search' | 'person_search' | 'case_search',
  rowid: number,
  terms: string,
): Promise<void> {
  if (terms.trim() === '') return;
  await sql`insert into ${sql.table(table)} (rowid, terms) values (${rowid}, ${terms})`.execute(db);
}

/** Folded words of the given texts, joined: what the search tables store. */
export function fold(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .map(foldText)
    .join(' ');
}

export async function indexPerson(db: Executor, personId: number): Promise<void> {
  const person = await db
    .selectFrom('persons')
    .select(['full_name', 'id_number', 'old_id_number', 'phone', 'address_line'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  await replace(
    db,
    'person_search',
    personId,
    fold(person.full_name, person.id_number, person.old_id_number, person.phone, person.address_line),
  );
}

/** A visit is found by its people's names, ID numbers and addresses, and by its content. */
export async function indexVisit(db: Executor, visitId: number): Promise<void> {
  const visit = await db
    .selectFrom('visits')
    .select(['content'])
    .where('id', '=', visitId)
    .executeTakeFirstOrThrow();
  const people = await db
    .selectFrom('visit_persons')
    .innerJoin('persons', 'persons.id', 'visit_persons.person_id')
    .select(['persons.full_name', 'persons.id_number', 'persons.old_id_number', 'persons.address_line'])
    .where('visit_persons.visit_id', '=', visitId)
    .execute();
  const personTerms = people.map((p) => fold(p.full_name, p.id_number, p.old_id_number, p.address_line));
  await replace(db, 'visit_search', visitId, [...personTerms, fold(visit.content)].join(' '));
}

/** The newest matches of a register search, by entry order, and whether there are more than that. */
export interface SearchWindow {
  ids: number[];
  isFull: boolean;
}

/**
 * The newest SEARCH_WINDOW visits matching the query, read once; the register's filters and sort then
 * apply to these ids only. Without the window, a common name ("nguyen" is in 40% of visits) would make
 * the register gather and sort hundreds of thousands of rows for one page. Null: nothing to search for.
 */
export async function searchVisitWindow(db: Executor, text: string): Promise<SearchWindow | null> {
  const query = prefixQuery(text);
  if (query === null) return null;
  const rows = await sql<{ rowid: number }>`select rowid from visit_search where visit_search match ${query}
    order by rowid desc limit ${SEARCH_WINDOW + 1}`.execute(db);
  return {
    ids: rows.rows.slice(0, SEARCH_WINDOW).map((row) => row.rowid),
    isFull: rows.rows.length > SEARCH_WINDOW,
  };
}
