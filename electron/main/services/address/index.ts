/**
 * Administrative units for intake and the register import: the current 34 provinces and 3,321 communes
 * (from 01/07/2025), diacritic-insensitive commune search, and old (63-province) addresses mapped to the
 * new units. No Electron: usable from services, the CLI and tests alike.
 */
export { loadAddressBook, type AddressBook, type Commune, type Province } from './address-book';
export { ADDRESS_DATASET } from './address-source';
export { searchCommunes, type SearchCommunesOptions } from './search-communes';
export {
  mapOldAddress,
  type AddressCandidate,
  type MatchConfidence,
  type OldAddressInput,
} from './map-old-address';
export { parseAddressLine, type ParsedAddressLine } from './parse-address-line';
