import { DISTRICT_KINDS, nameKey, pickByName, PROVINCE_KINDS, WARD_KINDS } from './address-keys';
import { loadAddressIndex, type AddressIndex, type OldProvince } from './address-book';
import { mapOldAddress, type AddressCandidate } from './map-old-address';

/** A free address line split into its parts (as typed) and resolved to the current units. */
export interface ParsedAddressLine {
  /** House number, street, hamlet (ấp, thôn, tổ): whatever comes before the ward. */
  detail: string | null;
  ward: string | null;
  /** Only old-style addresses have one; there is no district level since 01/07/2025. */
  district: string | null;
  province: string | null;
  /** Which reading gave the candidates: the current units, or the old ones through the mapping. */
  matchedAs: 'new' | 'old' | null;
  candidates: AddressCandidate[];
}

const SEPARATORS = /\s*[,;\n]+\s*/;
/** Without commas, a unit word ("xã", "huyện", "TP.", "Q.") starts a new part. */
const INLINE_UNIT =
  /\s+(?=(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh|xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh|tp)\s|(?:tp|tx|tt|[pqhxt])\.|[pq]\d)/iu;
const COUNTRY: ReadonlySet<string> = new Set(['vietnam', 'vn']);

function splitSegments(text: string): string[] {
  const line = text.normalize('NFC').trim();
  const parts = SEPARATORS.test(line) ? line.split(SEPARATORS) : line.split(INLINE_UNIT);
  const segments = parts.map((part) => part.trim()).filter((part) => part !== '');
  const last = segments.at(-1);
  if (last !== undefined && COUNTRY.has(nameKey(last).whole)) segments.pop();
  return segments;
}

interface Context {
  book: AddressIndex;
  oldProvince: OldProvince | null;
  newProvinceCode: string | null;
}

function isProvince(segment: string, book: AddressIndex): boolean {
  const { kind } = nameKey(segment);
  if (kind === 'tinh') return true;
  if (kind !== null && !PROVINCE_KINDS.has(kind)) return false;
  return book.findProvince(segment) !== null || book.findOldProvince(segment) !== null;
}

function isDistrict(segment: string, ctx: Context, isFirst: boolean): boolean {
  const key = nameKey(segment);
  if (key.kind !== null) return DISTRICT_KINDS.has(key.kind);
  if (ctx.oldProvince === null) return false;
  if (pickByName(ctx.oldProvince.units, key, (unit) => unit.district).length === 0) return false;
  // "Bình Thạnh" is an old quận and a new phường: alone it is the ward, before a street it is the district.
  return !isFirst || !isWard(segment, ctx);
}

function isWard(segment: string, ctx: Context): boolean {
  const key = nameKey(segment);
  if (key.kind !== null) return WARD_KINDS.has(key.kind);
  const isNewCommune =
    ctx.newProvinceCode !== null &&
    pickByName(ctx.book.entriesIn(ctx.newProvinceCode), key, (e) => e.key).length > 0;
  const isOldWard =
    ctx.oldProvince !== null && pickByName(ctx.oldProvince.units, key, (u) => u.ward).length > 0;
  return isNewCommune || isOldWard;
}

/** Reads the parts from the end: province, then district, then ward; the rest is the detail line. */
function splitParts(segments: string[], book: AddressIndex) {
  let end = segments.length;
  const take = (test: (segment: string) => boolean): string | null => {
    const segment = segments[end - 1];
    if (segment === undefined || !test(segment)) return null;
    end -= 1;
    return segment;
  };
  const province = take((s) => isProvince(s, book));
  const ctx: Context = {
    book,
    oldProvince: province === null ? null : book.findOldProvince(province),
    newProvinceCode: province === null ? null : (book.findProvince(province)?.code ?? null),
  };
  const district = take((s) => isDistrict(s, ctx, end === 1));
  const ward = take((s) => isWard(s, ctx));
  const detail = end > 0 ? segments.slice(0, end).join(', ') : null;
  return { detail, ward, district, province };
}

function newStyleCandidates(book: AddressIndex, province: string, ward: string | null): AddressCandidate[] {
  const newProvince = book.findProvince(province);
  if (newProvince === null || ward === null) return [];
  const hits = pickByName(book.entriesIn(newProvince.code), nameKey(ward), (entry) => entry.key);
  const confidence = hits.length === 1 ? 'exact' : 'ambiguous';
  return hits.map((hit) => ({ newProvince, newCommune: hit.commune, confidence }));
}

type Resolution = Pick<ParsedAddressLine, 'matchedAs' | 'candidates'>;

/**
 * New-style first, as most lines now are; but a line that names a district or a thị trấn is old-style by
 * construction (neither exists since 01/07/2025), so there the old→new mapping goes first: an old ward may
 * share its name with a different new commune of the same province (Thị trấn Mường Tè → Xã Bum Tở).
 */
function resolve(parts: ReturnType<typeof splitParts>, book: AddressIndex): Resolution {
  if (parts.province === null) return { matchedAs: null, candidates: [] };
  const asNew = newStyleCandidates(book, parts.province, parts.ward);
  const asOld = mapOldAddress({ province: parts.province, district: parts.district, ward: parts.ward });
  const isOldStyle =
    parts.district !== null || (parts.ward !== null && nameKey(parts.ward).kind === 'thi_tran');
  if (!isOldStyle && asNew.length > 0) return { matchedAs: 'new', candidates: asNew };
  if (asOld.some((c) => c.newCommune !== null)) return { matchedAs: 'old', candidates: asOld };
  if (asNew.length > 0) return { matchedAs: 'new', candidates: asNew };
  const newProvince = book.findProvince(parts.province);
  if (newProvince !== null) {
    return { matchedAs: 'new', candidates: [{ newProvince, newCommune: null, confidence: 'province_only' }] };
  }
  return { matchedAs: asOld.length > 0 ? 'old' : null, candidates: asOld };
}

/**
 * Splits a free address line ("Ấp 3, xã Phú Hữu, huyện Châu Thành, tỉnh Hậu Giang", "123 Lê Lợi,
 * P. Bến Thành, TP.HCM") into detail, ward, district and province, and resolves it to the current
 * province and commune when it can. Parts are kept as typed, for display; unit words and abbreviations
 * (TP., Tp, T., Q., P., H., X., TX., TT.) are recognised with or without diacritics. A line with no
 * recognisable province gets no candidates.
 */
export function parseAddressLine(text: string): ParsedAddressLine {
  const book = loadAddressIndex();
  const parts = splitParts(splitSegments(text), book);
  return { ...parts, ...resolve(parts, book) };
}
