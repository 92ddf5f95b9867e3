import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';
import { searchWords } from './search-index';

/**
 * Cases whose summary is like what the officer is typing, from the FTS5 case index. Vietnamese writes one
 * syllable per word, so most words of a complaint ("đất", "xã", "quyết định") are in a large share of all
 * cases: an OR over every word made SQLite rank most of the register (p95 0.45 s on 300,000 cases, on the
 * main process, while the officer types). The search now uses only the text's rarest words, as many as fit
 * a budget of postings: what tells one matter from another (a parcel or decision number, a place, an
 * uncommon term), ranked by BM25 over those words. Words in a large share of cases add almost nothing to
 * BM25 (their IDF is near zero) and ranking by them as well cost p95 140 ms; without them p95 is ~40 ms.
 */

/** Postings the rare words may bring in together: it bounds the cases ranked (the rarest word always counts). */
export const RARE_POSTINGS_BUDGET = 20_000;
const MAX_RARE_WORDS = 8;
/** Cached counts kept per database; the cache starts again past this many words. */
const MAX_CACHED_WORDS = 50_000;

const STOP_WORDS = new Set([
  'khieu',
  'nai',
  'cao',
  'kien',
  'nghi',
  'phan',
  'anh',
  'cua',
  'cho',
  'cac',
  'nhung',
  'viec',
  'ong',
  'ba',
  'toi',
  'chung',
  'duoc',
  'khong',
  'den',
  'voi',
  'tai',
  'trong',
  'theo',
  've',
  'nay',
  'lam',
  'mot',
  'nam',
]);

/** The words of a text that say something about the matter: folded, three characters or more, once each. */
export function meaningfulWords(text: string): string[] {
  return [...new Set(searchWords(text).filter((word) => word.length >= 3 && !STOP_WORDS.has(word)))];
}

/**
 * How many cases each word is in. Counts are kept in memory per database: they only choose which words
 * narrow the search, so a count a few saves old changes nothing that matters. A word in no case is not
 * kept, so a word first saved later is counted then.
 */
const counts = new WeakMap<Kysely<DB>, Map<string, number>>();

async function caseCounts(db: Kysely<DB>, words: string[]): Promise<Map<string, number>> {
  let known = counts.get(db);
  if (known === undefined || known.size > MAX_CACHED_WORDS) {
    known = new Map();
    counts.set(db, known);
  }
  const result = new Map<string, number>();
  for (const word of words) {
    let count = known.get(word);
    if (count === undefined) {
      const row = await sql<{ doc: number }>`select doc from case_search_vocab where term = ${word}`.execute(
        db,
      );
      count = row.rows[0]?.doc ?? 0;
      if (count > 0) known.set(word, count);
    }
    if (count > 0) result.set(word, count);
  }
  return result;
}

/** The rarest words, as many as fit the postings budget (at least one). */
export function rareWords(counted: Map<string, number>, budget = RARE_POSTINGS_BUDGET): string[] {
  const byRarity = [...counted].sort((a, b) => a[1] - b[1]);
  const chosen: string[] = [];
  let postings = 0;
  for (const [word, count] of byRarity) {
    if (chosen.length > 0 && (postings + count > budget || chosen.length === MAX_RARE_WORDS)) break;
    chosen.push(word);
    postings += count;
  }
  return chosen;
}

const anyOf = (words: string[]): string => words.map((word) => `"${word}"`).join(' OR ');

/** Ids of cases sharing the rarer words of the text, best first (BM25 over those words). */
export async function similarCaseIds(
  db: Kysely<DB>,
  text: string,
  limit: number,
  budget = RARE_POSTINGS_BUDGET,
): Promise<number[]> {
  const words = meaningfulWords(text);
  const counted = await caseCounts(db, words);
  if (counted.size === 0) return [];
  const query = anyOf(rareWords(counted, budget));
  const rows = await sql<{ rowid: number }>`select rowid from case_search where case_search match ${query}
    order by bm25(case_search) limit ${limit}`.execute(db);
  return rows.rows.map((row) => row.rowid);
}
