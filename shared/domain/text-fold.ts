/**
 * Keys for Vietnamese text. The same name reaches us in NFC or NFD depending on the input method, and with
 * the tone mark in either the old or the new place (hoà / hòa), so keys are built from a normalised form
 * while the display keeps what the officer typed.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Search key that ignores diacritics: NFD, combining marks stripped, đ/Đ → d (Unicode gives đ no
 * decomposition, so it is mapped by hand), lower case, whitespace collapsed and trimmed.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The five tone marks as NFD combining characters: huyền, sắc, ngã, hỏi, nặng. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
/** Marks that change the vowel itself (â ê ô, ă, ơ ư); they never move. */
const QUALITY_MARKS = new Set(['\u0302', '\u0306', '\u031b']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const FINAL_CONSONANTS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/**
 * Index of the vowel that carries the tone, within the vowel cluster, for syllables without (open) and
 * with (closed) a final consonant. Only the oa/oe/uy family is listed: these are the clusters where the
 * old and new conventions disagree (hòa / hoà, thúy / thuý, khỏe / khoẻ), plus their longer relatives,
 * whose placement we also settle so a misplaced mark (hòai) does not make a second key. Any other
 * syllable is left exactly as typed.
 *
 * Convention: the traditional one, used by the DOMAIN province list (Hòa Bình, Thanh Hóa, Khánh Hòa)
 * and most official documents: a bare oa/oe/uy puts the tone on the first vowel (hòa, khỏe, thúy, ủy);
 * with a final consonant or a third vowel it sits on the second (hoàng, hoạch, huỳnh, ngoài, khuỷu); a
 * vowel with its own quality mark takes it (hoẵng, nguyễn, tuyết). After "qu" the u is part of the
 * consonant, so quý, quỳnh and quyền are not in this family and stay untouched.
 */
const TONE_POSITION = new Map<string, { open: number; closed: number }>([
  ['oa', { open: 0, closed: 1 }],
  ['oe', { open: 0, closed: 1 }],
  ['uy', { open: 0, closed: 1 }],
  ['oă', { open: 1, closed: 1 }],
  ['oai', { open: 1, closed: 1 }],
  ['oay', { open: 1, closed: 1 }],
  ['oao', { open: 1, closed: 1 }],
  ['oeo', { open: 1, closed: 1 }],
  ['uya', { open: 1, closed: 1 }],
  ['uyu', { open: 1, closed: 1 }],
  ['uyê', { open: 2, closed: 2 }],
]);

interface Letter {
  base: string;
  quality: string;
  tone: string;
}

interface Syllable {
  vowels: Letter[];
  cluster: string;
  isOpen: boolean;
}

/** Splits an NFD word into letters with their marks; null when it carries marks Vietnamese does not use. */
function toLetters(word: string): Letter[] | null {
  const letters: Letter[] = [];
  for (const char of word) {
    const last = letters[letters.length - 1];
    const isTone = TONE_MARKS.has(char);
    if (isTone || QUALITY_MARKS.has(char)) {
      if (last === undefined) return null;
      if (isTone) last.tone += char;
      else last.quality += char;
    } else if (/\p{M}/u.test(char)) {
      return null;
    } else {
      letters.push({ base: char, quality: '', tone: '' });
    }
  }
  return letters;
}

function isVowel(letter: Letter | undefined): boolean {
  return letter !== undefined && VOWELS.has(letter.base.toLowerCase());
}

/** Onset + vowel cluster + final consonant; null when the word does not have that shape. */
function toSyllable(letters: Letter[]): Syllable | null {
  let start = 0;
  while (start < letters.length && !isVowel(letters[start])) start++;
  const second = letters[1];
  // In "qu" the u is consonantal: quý has the single vowel y, not the cluster uy.
  if (start === 1 && letters[0]?.base.toLowerCase() === 'q' && second?.base.toLowerCase() === 'u') start++;
  let end = start;
  while (end < letters.length && isVowel(letters[end])) end++;
  const finals = letters.slice(end);
  const final = finals.map((letter) => letter.base.toLowerCase()).join('');
  const finalHasMarks = finals.some((letter) => letter.quality !== '' || letter.tone !== '');
  if (!FINAL_CONSONANTS.has(final) || finalHasMarks) return null;
  const vowels = letters.slice(start, end);
  const cluster = vowels
    .map((letter) => (letter.base.toLowerCase() + letter.quality).normalize('NFC'))
    .join('');
  return { vowels, cluster, isOpen: final === '' };
}

/** Moves the tone of one NFD word to its conventional vowel; anything unrecognised is returned as is. */
function placeTone(word: string): string {
  const letters = toLetters(word);
  if (letters === null) return word;
  const toned = letters.filter((letter) => letter.tone !== '');
  const source = toned[0];
  if (toned.length !== 1 || source === undefined || source.tone.length !== 1) return word;
  const syllable = toSyllable(letters);
  const position = syllable === null ? undefined : TONE_POSITION.get(syllable.cluster);
  if (syllable === null || position === undefined || !syllable.vowels.includes(source)) return word;
  const target = syllable.vowels[syllable.isOpen ? position.open : position.closed];
  if (target === undefined) return word;
  const tone = source.tone;
  source.tone = '';
  target.tone = tone;
  // Quality marks go before the tone so NFC composes ế, not é + circumflex.
  return letters.map((letter) => letter.base + letter.quality + letter.tone).join('');
}

/**
 * NFC text with tone marks in one place (the traditional convention, see TONE_POSITION), so hoà / hòa,
 * thuý / thúy and khoẻ / khỏe, typed in NFC or NFD, in any case, give the same string. Words outside the
 * oa/oe/uy family are only brought to NFC.
 */
export function normalizeToneMarks(text: string): string {
  return (
    text
      .normalize('NFD')
      // Words are at most 40 letters: a pasted run of millions of letters cannot overflow the regex engine.
      .replace(/[\p{L}\p{M}]{1,40}/gu, (word) => placeTone(word))
      .normalize('NFC')
  );
}

/**
 * Duplicate-detection key for a person's name: tone marks normalised, lower case, spaces collapsed.
 * Diacritics are kept (unlike foldText) because Hà and Hạ are different names.
 */
export function nameKey(fullName: string): string {
  return normalizeToneMarks(fullName).toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A Vietnamese full name: họ (family), tên đệm (middle, may be several words or empty), tên (given). */
export interface VietnameseNameParts {
  family: string;
  middle: string;
  given: string;
}

/**
 * Họ is the first word, tên the last and đệm everything between. A single word is taken as the tên,
 * since that is the part lists sort and address people by.
 */
export function splitVietnameseName(fullName: string): VietnameseNameParts {
  const words = fullName.split(/\s+/).filter((word) => word !== '');
  const given = words[words.length - 1] ?? '';
  if (words.length < 2) return { family: '', middle: '', given };
  return { family: words[0] ?? '', middle: words.slice(1, -1).join(' '), given };
}

const NAME_COLLATOR = new Intl.Collator('vi');

/**
 * Sort order of Vietnamese lists: by tên, then đệm, then họ, in Vietnamese alphabetical order
 * (a < ă < â, d < đ). Tone placement is normalised first so hoà and hòa sort together.
 */
export function compareVietnameseNames(a: string, b: string): number {
  const left = splitVietnameseName(normalizeToneMarks(a));
  const right = splitVietnameseName(normalizeToneMarks(b));
  return (
    NAME_COLLATOR.compare(left.given, right.given) ||
    NAME_COLLATOR.compare(left.middle, right.middle) ||
    NAME_COLLATOR.compare(left.family, right.family)
  );
}
