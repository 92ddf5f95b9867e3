import type { ReturningPerson } from '../../../../shared/contract/cases';
import type { AddressCandidate } from '../../../../shared/contract/reference';
import type { CardData } from '../../../../shared/domain/cccd-qr';
import { foldText } from '../../../../shared/domain/text-fold';
import type { PersonValues } from '../intake/intake-values';

/** The citizen's fields from a card, and the scanner-stripped name still to be checked ('' = none). */
export interface CardFill {
  person: PersonValues;
  scannedAsciiName: string;
  /** The citizen on file the card matched by number (current or old), if any. */
  stored: ReturningPerson | null;
}

/** The stored citizen whose current or old number is one of the card's numbers. */
export function matchStoredPerson(card: CardData, persons: ReturningPerson[]): ReturningPerson | null {
  const numbers = [card.idNumber, card.oldIdNumber].filter((n): n is string => n !== null);
  return (
    persons.find(
      (p) =>
        (p.idNumber !== null && numbers.includes(p.idNumber)) ||
        (p.oldIdNumber !== null && numbers.includes(p.oldIdNumber)),
    ) ?? null
  );
}

/** The one current commune the card's address reads as, or null when it is not certain. */
export function certainAddress(candidates: AddressCandidate[]): AddressCandidate | null {
  const [only] = candidates;
  return candidates.length === 1 && only && only.confidence === 'exact' && only.communeCode !== null
    ? only
    : null;
}

/**
 * What the form's citizen fields become after a scan. The card is the truth for number, name, birth and
 * address; the phone comes from the record on file. A name the scanner sent without diacritics keeps the
 * stored spelling when it is the same name; otherwise it is filled as sent and flagged for checking.
 */
export function cardToPerson(
  card: CardData,
  stored: ReturningPerson | null,
  address: AddressCandidate | null,
): CardFill {
  const isSameName = stored !== null && foldText(stored.fullName) === foldText(card.fullName);
  const keepsStoredName = card.isNameAscii && isSameName;
  const fullName = keepsStoredName && stored ? stored.fullName : card.fullName;
  return {
    stored,
    scannedAsciiName: card.isNameAscii && !keepsStoredName ? card.fullName : '',
    person: {
      fullName,
      gender: card.gender,
      birthYear: String(card.birthYear),
      idType: 'cccd',
      idNumber: card.idNumber,
      oldIdNumber: card.oldIdNumber ?? stored?.oldIdNumber ?? '',
      phone: stored?.phone ?? '',
      provinceCode: address?.provinceCode ?? stored?.provinceCode ?? '',
      communeCode: address ? (address.communeCode ?? '') : (stored?.communeCode ?? ''),
      address: card.address,
    },
  };
}
