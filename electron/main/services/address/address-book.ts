import { nameKey, nameWords, provinceLookupKeys, type NameKey } from './address-keys';
import { ADDRESS_DATASET, readAddressSource, type AddressSource } from './address-source';

/** A province or centrally-run city as in force since 01/07/2025. */
export interface Province {
  readonly code: string;
  readonly name: string;
}

/** A commune-level unit (xã, phường, đặc khu) as in force since 01/07/2025; there is no district level. */
export interface Commune {
  readonly code: string;
  readonly name: string;
  readonly provinceCode: string;
}

/** The current administrative units, read-only. */
export interface AddressBook {
  /** ISO date from which the units in this book are in force. */
  readonly effectiveFrom: string;
  /** The 34 provinces, in Vietnamese order of their names without "Thành phố". */
  provinces(): readonly Province[];
  /** The communes of a province in Vietnamese order of their names without "Xã"/"Phường"; [] if unknown. */
  communes(provinceCode: string): readonly Commune[];
  commune(code: string): Commune | null;
  province(code: string): Province | null;
}

/** A commune with its precomputed keys, for search and name matching. */
export interface CommuneEntry {
  readonly commune: Commune;
  readonly key: NameKey;
  /** Folded, spaced name without the unit word ("phu huu"): what search prefixes match against. */
  readonly words: string;
}

/** One old ward, its old district, and the new commune the dataset maps it to. */
export interface OldUnit {
  readonly district: NameKey;
  readonly ward: NameKey;
  readonly commune: Commune;
}

/** An old (pre-01/07/2025) province and its wards. */
export interface OldProvince {
  readonly name: string;
  readonly units: readonly OldUnit[];
}

/** The book plus the indexes the search, mapping and parsing modules share. @internal */
export interface AddressIndex extends AddressBook {
  readonly entries: readonly CommuneEntry[];
  entriesIn(provinceCode: string): readonly CommuneEntry[];
  /** A new province from typed text ("TP.HCM", "tinh Gia Lai"), or null. */
  findProvince(text: string): Province | null;
  /** An old province from typed text ("Tỉnh Sóc Trăng", "Thua Thien Hue"), or null. */
  findOldProvince(text: string): OldProvince | null;
}

const collator = new Intl.Collator('vi', { numeric: true });
const UNIT_WORD = /^(Thành phố|Tỉnh|Xã|Phường|Đặc khu)\s+/;

function byName(a: string, b: string): number {
  return collator.compare(a.replace(UNIT_WORD, ''), b.replace(UNIT_WORD, '')) || collator.compare(a, b);
}

function findByKeys<T>(map: ReadonlyMap<string, T>, text: string): T | null {
  for (const key of provinceLookupKeys(nameKey(text))) {
    const hit = map.get(key);
    if (hit !== undefined) return hit;
  }
  return null;
}

function buildOldProvinces(source: AddressSource, communes: ReadonlyMap<string, Commune>) {
  // 10,832 units share 63 province names, 697 district names and many ward names ("Phường 1"): one key
  // object per distinct name saves both build time and memory.
  const keys = new Map<string, NameKey>();
  const keyOf = (name: string): NameKey => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = nameKey(name)));
    return key;
  };
  const byKey = new Map<string, { name: string; units: OldUnit[] }>();
  for (const row of source.oldUnits) {
    const commune = communes.get(row.newCommuneCode);
    if (commune === undefined) continue;
    const provinceKey = keyOf(row.oldProvince).bare;
    let province = byKey.get(provinceKey);
    if (province === undefined) byKey.set(provinceKey, (province = { name: row.oldProvince, units: [] }));
    province.units.push(
      Object.freeze({ district: keyOf(row.oldDistrict), ward: keyOf(row.oldWard), commune }),
    );
  }
  return byKey as ReadonlyMap<string, OldProvince>;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

function buildEntries(source: AddressSource): CommuneEntry[] {
  return source.communes
    .map((c) => Object.freeze({ code: c.code, name: c.name, provinceCode: c.provinceCode }))
    .sort((a, b) => byName(a.name, b.name))
    .map((commune) =>
      Object.freeze({ commune, key: nameKey(commune.name), words: nameWords(commune.name).words }),
    );
}

function buildIndex(source: AddressSource): AddressIndex {
  const provinces = Object.freeze(
    source.provinces
      .map((p) => Object.freeze({ code: p.code, name: p.name }))
      .sort((a, b) => byName(a.name, b.name)),
  );
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const provinceByKey = new Map(provinces.map((p) => [nameKey(p.name).bare, p]));
  const entries = Object.freeze(buildEntries(source));
  const communeByCode = new Map(entries.map((e) => [e.commune.code, e.commune]));
  const entriesByProvince = groupBy(entries, (e) => e.commune.provinceCode);
  const communesByProvince = new Map(
    [...entriesByProvince].map(([code, list]) => [code, Object.freeze(list.map((e) => e.commune))]),
  );
  const oldProvinces = buildOldProvinces(source, communeByCode);
  return Object.freeze({
    effectiveFrom: ADDRESS_DATASET.effectiveFrom,
    entries,
    provinces: () => provinces,
    communes: (code: string) => communesByProvince.get(code) ?? [],
    commune: (code: string) => communeByCode.get(code) ?? null,
    province: (code: string) => provinceByCode.get(code) ?? null,
    entriesIn: (code: string) => entriesByProvince.get(code) ?? [],
    findProvince: (text: string) => findByKeys(provinceByKey, text),
    findOldProvince: (text: string) => findByKeys(oldProvinces, text),
  });
}

let cached: AddressIndex | null = null;

/** The book with its shared indexes, built on first use and kept for the life of the process. @internal */
export function loadAddressIndex(): AddressIndex {
  cached ??= buildIndex(readAddressSource());
  return cached;
}

/**
 * The current administrative units (34 provinces, 3,321 communes from 01/07/2025, see
 * `ADDRESS_DATASET`). The package data is parsed on the first call only; later calls return the same
 * object.
 */
export function loadAddressBook(): AddressBook {
  return loadAddressIndex();
}
