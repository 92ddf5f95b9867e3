import { foldText } from '../../../../shared/domain/text-fold';

/** The unit-type word in front of a name, in canonical form ("TP.", "Tp", "thành phố" → thanh_pho). */
export type UnitKind =
  | 'tinh'
  | 'thanh_pho'
  | 'quan'
  | 'huyen'
  | 'thi_xa'
  | 'thi_tran'
  | 'xa'
  | 'phuong'
  | 'dac_khu';

export const PROVINCE_KINDS: ReadonlySet<UnitKind> = new Set(['tinh', 'thanh_pho']);
export const DISTRICT_KINDS: ReadonlySet<UnitKind> = new Set(['quan', 'huyen', 'thi_xa', 'thanh_pho']);
export const WARD_KINDS: ReadonlySet<UnitKind> = new Set(['xa', 'phuong', 'thi_tran', 'dac_khu']);

/** How a unit name is compared: typed text and dataset names go through the same function. */
export interface NameKey {
  kind: UnitKind | null;
  /** Folded name without the unit word, spaces and punctuation removed ("Xã Phú Hữu" → "phuhuu"). */
  bare: string;
  /** Folded key of the whole text, for names that merely start like a prefix ("Xà Phiên"). */
  whole: string;
  /** Lower-case NFC name without the unit word: tells apart names that fold alike (Văn Lang / Văn Lăng). */
  exact: string;
}

/**
 * Matched against the folded text, longest first. One-letter abbreviations need a dot or a following
 * digit ("P.12", "Q1"), so that a name beginning with that letter is not cut.
 */
const PREFIXES: readonly (readonly [RegExp, UnitKind])[] = [
  [/^tinh\b\.?\s*/, 'tinh'],
  [/^(thanh pho|t\.?p)\b\.?\s*/, 'thanh_pho'],
  [/^(thi xa|t\.?x)\b\.?\s*/, 'thi_xa'],
  [/^(thi tran|t\.?t)\b\.?\s*/, 'thi_tran'],
  [/^dac khu\b\s*/, 'dac_khu'],
  [/^t\.\s*/, 'tinh'],
  [/^(quan\b|q\.|q(?=\s*\d))\s*/, 'quan'],
  [/^(huyen\b|h\.)\s*/, 'huyen'],
  [/^(phuong\b|p\.|p(?=\s*\d))\s*/, 'phuong'],
  [/^(xa\b|x\.)\s*/, 'xa'],
];

/** Common ways of writing a province that its name alone does not cover (compact keys). */
const PROVINCE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['hcm', 'hochiminh'],
  ['tphcm', 'hochiminh'],
  ['saigon', 'hochiminh'],
  ['hn', 'hanoi'],
  ['tphn', 'hanoi'],
  ['thuathienhue', 'hue'],
  ['tthue', 'hue'],
  ['brvt', 'bariavungtau'],
  ['daclac', 'daklak'],
  ['dacnong', 'daknong'],
]);

/**
 * Folded text with the same length as `text` (NFC, single-spaced, trimmed), so that a prefix found in the
 * folded form can be cut from the original. Per character only in the rare case where lengths differ.
 */
function foldAligned(text: string): string {
  const folded = foldText(text);
  if (folded.length === text.length) return folded;
  let out = '';
  for (const ch of text) {
    const one = foldText(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

function keyOfFolded(folded: string): string {
  return folded
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b0+(?=\d)/g, '')
    .trim();
}

/** Folded, punctuation-free, single-spaced key; "01" and "1" are the same ward number. */
export function placeKey(text: string): string {
  return keyOfFolded(foldText(text));
}

function compact(key: string): string {
  return key.replace(/ /g, '');
}

function exactOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

interface SplitName {
  kind: UnitKind | null;
  /** Original text after the unit word. */
  rest: string;
  /** Folded words after the unit word, and of the whole text. */
  words: string;
  wholeWords: string;
}

function splitUnitWord(text: string): SplitName {
  const original = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const folded = foldAligned(original);
  const wholeWords = keyOfFolded(folded);
  for (const [pattern, kind] of PREFIXES) {
    const match = pattern.exec(folded);
    if (match !== null && match[0].length < folded.length) {
      const cut = match[0].length;
      return { kind, rest: original.slice(cut), words: keyOfFolded(folded.slice(cut)), wholeWords };
    }
  }
  return { kind: null, rest: original, words: wholeWords, wholeWords };
}

/** Splits the unit word off a name and builds its comparison keys. */
export function nameKey(text: string): NameKey {
  const { kind, rest, words, wholeWords } = splitUnitWord(text);
  return { kind, bare: compact(words), whole: compact(wholeWords), exact: exactOf(rest) };
}

/** The folded, spaced words of a name without its unit word: "Xã Phú Hữu" → "phu huu". */
export function nameWords(text: string): { kind: UnitKind | null; words: string; wholeWords: string } {
  const { kind, words, wholeWords } = splitUnitWord(text);
  return { kind, words, wholeWords };
}

/** Keys under which a typed province is looked up: aliases first, then its bare and whole forms. */
export function provinceLookupKeys(key: NameKey): string[] {
  const keys = [key.whole, key.bare].map((k) => PROVINCE_ALIASES.get(k) ?? k);
  return [...new Set([...keys, key.bare, key.whole])];
}

/**
 * Items whose name matches what was typed: same bare key; then, when the typed unit word or the exact
 * diacritics single some out, only those. Falls back to the whole typed text for names that merely look
 * prefixed.
 */
export function pickByName<T>(items: readonly T[], typed: NameKey, keyOf: (item: T) => NameKey): T[] {
  let hits = items.filter((item) => keyOf(item).bare === typed.bare);
  if (hits.length === 0 && typed.kind !== null)
    hits = items.filter((item) => keyOf(item).bare === typed.whole);
  if (hits.length > 1 && typed.kind !== null) {
    const sameKind = hits.filter((item) => keyOf(item).kind === typed.kind);
    if (sameKind.length > 0) hits = sameKind;
  }
  if (hits.length > 1) {
    const exact = hits.filter((item) => keyOf(item).exact === typed.exact);
    if (exact.length > 0) hits = exact;
  }
  return hits;
}
