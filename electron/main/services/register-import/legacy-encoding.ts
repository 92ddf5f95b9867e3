/**
 * Recognises Vietnamese typed in the pre-Unicode encodings (TCVN3/ABC with .VnTime fonts, VNI with
 * VNI-Times) and text already damaged by a wrong decoding. Such text reads as Latin-1 look-alikes
 * ("NguyÔn", "Vieät Nam"): importing it would store names nobody can search, so the file is refused.
 */

/** Every letter written Vietnamese uses, in NFC, upper and lower case. */
const VIETNAMESE_LETTERS = new Set(
  (
    'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ' +
    'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ'
  ).split(''),
);

/** Words, counting the Latin-1 symbols TCVN3 uses as letters (§ ® µ ¸ « ...) as part of the word. */
const WORD = /[\p{L}\p{M}\u00a1-\u00bf]+/gu;

/** TCVN3 shows many lower-case vowels as upper-case Latin-1 letters, so they land mid-word: NguyÔn, trÊn. */
const LOWER_THEN_LATIN1_UPPER = /\p{Ll}[\u00c0-\u00de]/u;

/**
 * VNI writes a vowel and then its marks as a second character (Nguyeãn, Vaên, traán). In Vietnamese an
 * unmarked a or e is never followed by a marked vowel, so this pair is a VNI signature.
 */
const VNI_PAIR = /[ae][\u00e0-\u00ef\u00f2-\u00f6\u00f8-\u00fc]/iu;

const NON_ASCII = /[\u0080-\uffff]/;

/** Mis-decoded text: at least this many replacement characters. */
const REPLACEMENT_LIMIT = 3;

function isSuspiciousWord(word: string): boolean {
  if (!/[A-Za-z]/.test(word)) return false;
  if (LOWER_THEN_LATIN1_UPPER.test(word) || VNI_PAIR.test(word)) return true;
  for (const char of word) {
    if (char.charCodeAt(0) >= 0x80 && !VIETNAMESE_LETTERS.has(char)) return true;
  }
  return false;
}

/** What is wrong with the text's encoding, with an example word to show the officer. */
export type EncodingFinding =
  | { kind: 'legacy'; example: string }
  | { kind: 'replacement'; count: number }
  | null;

/** Counts gathered over cells, judged by `verdict`. */
interface Tally {
  accented: number;
  suspicious: number;
  example: string;
  replacements: number;
}

function newTally(): Tally {
  return { accented: 0, suspicious: 0, example: '', replacements: 0 };
}

function countReplacements(tally: Tally, cell: string): void {
  for (let at = cell.indexOf('\ufffd'); at !== -1; at = cell.indexOf('\ufffd', at + 1))
    tally.replacements += 1;
}

function countWords(tally: Tally, cell: string): void {
  // Plain ASCII has no word with a non-ASCII letter, the only kind counted.
  if (!NON_ASCII.test(cell)) return;
  for (const word of cell.normalize('NFC').match(WORD) ?? []) {
    if (!NON_ASCII.test(word)) continue;
    tally.accented += 1;
    if (!isSuspiciousWord(word)) continue;
    tally.suspicious += 1;
    if (tally.example === '') tally.example = word;
  }
}

/**
 * Legacy encoding is assumed when at least 3 words, and at least a third of the words with non-ASCII
 * letters, look like TCVN3 or VNI: a foreign name such as Müller stays acceptable.
 */
function verdict(tally: Tally): EncodingFinding {
  if (tally.replacements >= REPLACEMENT_LIMIT) return { kind: 'replacement', count: tally.replacements };
  if (tally.suspicious >= 3 && tally.suspicious * 3 >= tally.accented) {
    return { kind: 'legacy', example: tally.example };
  }
  return null;
}

/** Looks at every word of every cell. */
export function findEncodingProblem(cells: Iterable<string>): EncodingFinding {
  const tally = newTally();
  for (const cell of cells) {
    countReplacements(tally, cell);
    countWords(tally, cell);
  }
  return verdict(tally);
}

/** Rows whose words are all examined: the first ones, then an evenly spread sample up to about this many. */
const HEAD_ROWS = 200;
const SAMPLE_ROWS = 5_000;

/**
 * As findEncodingProblem over a table's cells, but the words (what costs: 2 million cells take seconds)
 * are read only in the first 200 rows and then every nth row, n = rows / 5,000 (every 20th of 100,000).
 * Replacement characters, cheap to find, are still counted in every cell. A file typed in TCVN3 or VNI is
 * so throughout and is caught by the sample. Accepted risk: legacy text confined to a few rows the sample
 * misses (say only row 80,000 of 100,000, the rest unaccented) now passes, where reading every word
 * would have refused the file.
 */
export function findTableEncodingProblem(
  count: number,
  rowAt: (index: number) => { cells: readonly string[] },
): EncodingFinding {
  const tally = newTally();
  const stride = Math.max(1, Math.ceil(count / SAMPLE_ROWS));
  for (let index = 0; index < count; index++) {
    const isSampled = index < HEAD_ROWS || index % stride === 0;
    for (const cell of rowAt(index).cells) {
      countReplacements(tally, cell);
      if (isSampled) countWords(tally, cell);
    }
  }
  return verdict(tally);
}
