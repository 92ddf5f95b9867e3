import type { CardData } from '../../../../shared/domain/cccd-qr';
import { call } from '../../api/api';
import { cardToPerson, certainAddress, matchStoredPerson, type CardFill } from './card-to-person';

/**
 * Looks the card up in main: the citizen on file by either number, and the current commune of the
 * address (through the old→new mapping for pre-2025 units). A failed address look-up only means the
 * officer picks the commune by hand.
 */
export async function readCard(card: CardData): Promise<CardFill> {
  const [found, candidates] = await Promise.all([
    call('cases:suggest', {
      idNumber: card.idNumber,
      oldIdNumber: card.oldIdNumber,
      fullName: null,
      communeCode: null,
      content: null,
    }),
    card.address === ''
      ? Promise.resolve([])
      : call('reference:resolve-address', { text: card.address }).catch(() => []),
  ]);
  return cardToPerson(card, matchStoredPerson(card, found.persons), certainAddress(candidates));
}
