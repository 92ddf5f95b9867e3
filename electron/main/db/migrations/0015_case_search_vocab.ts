import { sql, type Kysely } from 'kysely';

/**
 * How many cases each folded word of the case index appears in (FTS5's own vocabulary, read-only, no
 * storage of its own). A content suggestion searches by the rarer words of what the officer typed: an OR
 * over every word matched most of 300,000 cases ("đất", "xã" are in half of them) and took 0.45 s.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create virtual table case_search_vocab using fts5vocab(case_search, 'row')`.execute(db);
}
