import { nameKey, pickByName } from './address-keys';
import { loadAddressIndex, type Commune, type OldUnit, type Province } from './address-book';

/** How sure a candidate is: the commune is known, only the province is, or one of several communes. */
export type MatchConfidence = 'exact' | 'province_only' | 'ambiguous';

/** A new unit an address may now belong to. */
export interface AddressCandidate {
  newProvince: Province;
  newCommune: Commune | null;
  confidence: MatchConfidence;
}

/** An address in the units before 01/07/2025, as typed (any diacritics, unit words optional). */
export interface OldAddressInput {
  province: string;
  district?: string | null;
  ward?: string | null;
}

function isGiven(text: string | null | undefined): text is string {
  return text !== null && text !== undefined && text.trim() !== '';
}

function distinctCommunes(units: readonly OldUnit[]): Commune[] {
  return [...new Set(units.map((unit) => unit.commune))];
}

function provinceOnly(units: readonly OldUnit[]): AddressCandidate[] {
  const book = loadAddressIndex();
  const codes = [...new Set(units.map((unit) => unit.commune.provinceCode))];
  return codes.flatMap((code) => {
    const newProvince = book.province(code);
    return newProvince === null
      ? []
      : [{ newProvince, newCommune: null, confidence: 'province_only' as const }];
  });
}

function toCandidates(communes: readonly Commune[], confidence: MatchConfidence): AddressCandidate[] {
  const book = loadAddressIndex();
  return communes.flatMap((newCommune) => {
    const newProvince = book.province(newCommune.provinceCode);
    return newProvince === null ? [] : [{ newProvince, newCommune, confidence }];
  });
}

/**
 * The new units an old address now belongs to, through the dataset's old→new mapping.
 *
 * - ward found (within the district when that is found too): its new commune, `exact`; a ward name that
 *   several districts share and no district to tell them apart: one `ambiguous` candidate per commune;
 * - only the district found, and it went whole into one commune: that commune, `exact`;
 * - otherwise the new province alone, `province_only`. An unknown old province gives [].
 *
 * The dataset gives each old ward a single successor; where a ward was split, that is its main one.
 */
export function mapOldAddress(input: OldAddressInput): AddressCandidate[] {
  const province = isGiven(input.province) ? loadAddressIndex().findOldProvince(input.province) : null;
  if (province === null) return [];
  let units = province.units;
  let isDistrictFound = false;
  if (isGiven(input.district)) {
    const inDistrict = pickByName(units, nameKey(input.district), (unit) => unit.district);
    // A district we cannot find is ignored rather than trusted to empty the result.
    if (inDistrict.length > 0) [units, isDistrictFound] = [inDistrict, true];
  }
  if (isGiven(input.ward)) {
    const communes = distinctCommunes(pickByName(units, nameKey(input.ward), (unit) => unit.ward));
    if (communes.length === 1) return toCandidates(communes, 'exact');
    if (communes.length > 1) return toCandidates(communes, 'ambiguous');
  }
  if (isDistrictFound) {
    const communes = distinctCommunes(units);
    if (communes.length === 1) return toCandidates(communes, 'exact');
  }
  return provinceOnly(units);
}
