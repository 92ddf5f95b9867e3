import { nameWords, WARD_KINDS } from './address-keys';
import { loadAddressIndex, type Commune, type CommuneEntry } from './address-book';

/** Options of {@link searchCommunes}. */
export interface SearchCommunesOptions {
  /** Only communes of this (new) province. */
  provinceCode?: string;
  /** At most this many results; 20 when omitted. */
  limit?: number;
}

const DEFAULT_LIMIT = 20;

/** What the query is matched against: its words without a leading "xã"/"phường"/"đặc khu". */
function queryWords(query: string): string {
  const { kind, words, wholeWords } = nameWords(query);
  return kind !== null && WARD_KINDS.has(kind) ? words : wholeWords;
}

/** 0 = whole name, 1 = name starts with the query, 2 = a later word does, 3 = anywhere; null = no match. */
function rank(entry: CommuneEntry, words: string): number | null {
  if (entry.words === words) return 0;
  if (entry.words.startsWith(words)) return 1;
  if (` ${entry.words}`.includes(` ${words}`)) return 2;
  if (entry.words.replace(/ /g, '').includes(words.replace(/ /g, ''))) return 3;
  return null;
}

/**
 * Communes whose name matches the query, best first: diacritics, case and đ/d are ignored, a leading unit
 * word ("xã", "P.", "phường", "đặc khu") is optional. Ties keep the book's Vietnamese name order.
 *
 * @example searchCommunes('phu huu') // Xã Phú Hữu (An Giang), Xã Phú Hữu (Cần Thơ), Xã Phú Hựu (Đồng Tháp)
 */
export function searchCommunes(query: string, options: SearchCommunesOptions = {}): Commune[] {
  const words = queryWords(query);
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (words === '' || limit <= 0) return [];
  const book = loadAddressIndex();
  const pool = options.provinceCode === undefined ? book.entries : book.entriesIn(options.provinceCode);
  const hits: { entry: CommuneEntry; rank: number }[] = [];
  for (const entry of pool) {
    const r = rank(entry, words);
    if (r !== null) hits.push({ entry, rank: r });
  }
  // Array.prototype.sort is stable, so equal ranks stay in the book's collation order.
  hits.sort((a, b) => a.rank - b.rank);
  return hits.slice(0, limit).map((hit) => hit.entry.commune);
}
