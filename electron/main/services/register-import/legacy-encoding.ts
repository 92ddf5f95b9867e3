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

/**
 * Looks at every cell. Legacy encoding is assumed when at least 3 words, and at least a third of the
 * words with non-ASCII letters, look like TCVN3 or VNI: a foreign name such as Müller stays acceptable.
 */
export function findEncodingProblem(cells: Iterable<string>): EncodingFinding {
  let accented = 0;
  let suspicious = 0;
  let example = '';
  let replacements = 0;
  for (const cell of cells) {
    for (const char of cell) if (char === '\ufffd') replacements += 1;
    for (const word of cell.normalize('NFC').match(WORD) ?? []) {
      if (!/[\u0080-\uffff]/.test(word)) continue;
      accented += 1;
      if (!isSuspiciousWord(word)) continue;
      suspicious += 1;
      if (example === '') example = word;
    }
  }
  if (replacements >= REPLACEMENT_LIMIT) return { kind: 'replacement', count: replacements };
  if (suspicious >= 3 && suspicious * 3 >= accented) return { kind: 'legacy', example };
  return null;
}
