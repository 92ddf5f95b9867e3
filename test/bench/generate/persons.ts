/**
 * One generated citizen: name, sex, birth year, papers, phone and address, each drawn from the person's
 * own random stream. ID numbers are kept unique across the data set, as the register expects.
 */
import type { Gender, IdType } from '../../../shared/domain/classification';
import { foldText } from '../../../shared/domain/text-fold';
import { drawBirthYear, drawGender, drawIdentity, phoneNumber } from './identity';
import { drawFullName } from './names';
import { drawAddressLine, drawBirthCode, type Place } from './places';
import { rngFor, STREAM, type Weighted } from './prng';

export interface PersonRecord {
  fullName: string;
  gender: Gender;
  birthYear: number;
  idType: IdType | null;
  idNumber: string | null;
  oldIdNumber: string | null;
  phone: string | null;
  place: Place;
  addressLine: string | null;
}

/** Draws person `slot`; `taken` collects ID numbers already given out (CCCD, CMND, passport). */
export function drawPerson(
  seed: number,
  slot: number,
  places: Weighted<Place>,
  taken: Set<string>,
): PersonRecord {
  const rng = rngFor(seed, STREAM.person, slot);
  const gender = drawGender(rng);
  const birthYear = drawBirthYear(rng);
  const place = places.pick(rng);
  const fullName = drawFullName(rng, gender, birthYear);
  const ids = drawIdentity(rng, { birthCode: drawBirthCode(rng, place), gender, birthYear }, (number) =>
    taken.has(number),
  );
  if (ids.idNumber !== null) taken.add(ids.idNumber);
  if (ids.oldIdNumber !== null) taken.add(ids.oldIdNumber);
  return {
    fullName,
    gender,
    birthYear,
    ...ids,
    phone: rng.chance(0.55) ? phoneNumber(rng) : null,
    place,
    addressLine: drawAddressLine(rng, place),
  };
}

/** search-index.ts's fold(): each present part folded, joined by spaces. */
export function foldParts(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .map(foldText)
    .join(' ');
}

/** person_search terms: folded name, ID numbers, phone and address line (as indexPerson builds them). */
export function personSearchTerms(person: PersonRecord): string {
  return foldParts(person.fullName, person.idNumber, person.oldIdNumber, person.phone, person.addressLine);
}

/** A person's share of visit_search terms: folded name, ID numbers and address line (as indexVisit). */
export function personVisitTerms(person: PersonRecord): string {
  return foldParts(person.fullName, person.idNumber, person.oldIdNumber, person.addressLine);
}
