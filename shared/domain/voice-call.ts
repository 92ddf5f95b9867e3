/**
 * The waiting-room announcement "Mời công dân số 12 đến bàn số 2", as text (for a Vietnamese system
 * voice) and as the list of recorded clips that say it (resources/audio, when no such voice exists).
 * Numbers are read the way a Vietnamese announcer reads them: 21 "hai mươi mốt", 15 "mười lăm",
 * 24 "hai mươi tư", 105 "một trăm linh năm", 110 "một trăm mười".
 */
const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** Clip name (ASCII file name in resources/audio) of every word the sentences use. */
export const CLIP_OF_WORD: Record<string, string> = {
  không: 'khong',
  một: 'mot',
  mốt: 'mot-sac',
  hai: 'hai',
  ba: 'ba',
  bốn: 'bon',
  tư: 'tu',
  năm: 'nam',
  lăm: 'lam',
  sáu: 'sau',
  bảy: 'bay',
  tám: 'tam',
  chín: 'chin',
  mười: 'muoi',
  mươi: 'muoi-ngang',
  trăm: 'tram',
  linh: 'linh',
  'mời công dân số': 'moi-cong-dan-so',
  'đến bàn số': 'den-ban-so',
  'đến phòng tiếp của thủ trưởng': 'den-phong-thu-truong',
};

function unitWord(unit: number, tens: number): string {
  if (unit === 1 && tens >= 2) return 'mốt';
  if (unit === 4 && tens >= 2) return 'tư';
  if (unit === 5 && tens >= 1) return 'lăm';
  return DIGIT_WORDS[unit] ?? '';
}

function belowHundred(value: number, hasHundreds: boolean): string[] {
  const tens = Math.floor(value / 10);
  const unit = value % 10;
  if (tens === 0) return unit === 0 ? [] : hasHundreds ? ['linh', DIGIT_WORDS[unit]!] : [DIGIT_WORDS[unit]!];
  const head = tens === 1 ? ['mười'] : [DIGIT_WORDS[tens]!, 'mươi'];
  return unit === 0 ? head : [...head, unitWord(unit, tens)];
}

/** Words for 0–999, e.g. 115 → ["một", "trăm", "mười", "lăm"]. */
export function numberWords(value: number): string[] {
  if (!Number.isInteger(value) || value < 0 || value > 999) {
    throw new RangeError(`Số gọi phải từ 0 đến 999, nhận được ${value}.`);
  }
  if (value === 0) return ['không'];
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const head = hundreds > 0 ? [DIGIT_WORDS[hundreds]!, 'trăm'] : [];
  return [...head, ...belowHundred(rest, hundreds > 0)];
}

export interface CallTarget {
  /** Desk number 1–99, or null for the head's reception room. */
  desk: number | null;
}

/** The sentence's phrases, in order: what the voice says and what the clips play. */
export function callPhrases(ticketNumber: number, target: CallTarget): string[] {
  const place =
    target.desk === null ? ['đến phòng tiếp của thủ trưởng'] : ['đến bàn số', ...numberWords(target.desk)];
  return ['mời công dân số', ...numberWords(ticketNumber), ...place];
}

/** "Mời công dân số 12 đến bàn số 2": the text for a speech engine and for the display's caption. */
export function callSentence(ticketNumber: number, target: CallTarget): string {
  const where = target.desk === null ? 'đến phòng tiếp của thủ trưởng' : `đến bàn số ${target.desk}`;
  return `Mời công dân số ${ticketNumber} ${where}`;
}

/** The clip files that say the sentence, in order (without the chime). */
export function callClips(ticketNumber: number, target: CallTarget): string[] {
  return callPhrases(ticketNumber, target).map((phrase) => {
    const clip = CLIP_OF_WORD[phrase];
    if (!clip) throw new Error(`Thiếu tệp âm thanh cho "${phrase}".`);
    return clip;
  });
}
