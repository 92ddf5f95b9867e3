import type { Kysely } from 'kysely';
import type { AddressCandidate, Unit } from '../../../shared/contract/reference';
import type { DB } from '../db/schema';
import { loadAddressBook, parseAddressLine, searchCommunes } from './address';

export async function listSubjects(db: Kysely<DB>): Promise<{ code: string; label: string }[]> {
  return db
    .selectFrom('subjects')
    .select(['code', 'label'])
    .where('is_active', '=', 1)
    .orderBy('sort_order')
    .execute();
}

export function listProvinces(): Unit[] {
  return loadAddressBook()
    .provinces()
    .map(({ code, name }) => ({ code, name }));
}

/** Communes of a province, or those matching a folded name (optionally within a province). */
export function listCommunes(input: { provinceCode: string | null; query: string | null }) {
  const book = loadAddressBook();
  const communes =
    input.query !== null
      ? searchCommunes(input.query, {
          ...(input.provinceCode ? { provinceCode: input.provinceCode } : {}),
          limit: 30,
        })
      : input.provinceCode !== null
        ? book.communes(input.provinceCode)
        : [];
  return communes.map(({ code, name, provinceCode }) => ({ code, name, provinceCode }));
}

/** Reads an address line in current or pre-2025 units and proposes the current province and commune. */
export function resolveAddress(text: string): AddressCandidate[] {
  const parsed = parseAddressLine(text);
  return parsed.candidates.map((candidate) => ({
    provinceCode: candidate.newProvince.code,
    provinceName: candidate.newProvince.name,
    communeCode: candidate.newCommune?.code ?? null,
    communeName: candidate.newCommune?.name ?? null,
    confidence: candidate.confidence,
    matchedAs: parsed.matchedAs,
  }));
}
