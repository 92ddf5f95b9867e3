import type { CallInput } from '../../../../shared/contract';
import type { Channel, Classification, ReceptionKind } from '../../../../shared/domain/classification';
import type { SubjectCode } from '../../../../shared/domain/subjects';

/** The register's filter bar as typed (every field a string; blank = no filter). */
export interface RegisterFilterValues {
  from: string;
  to: string;
  receptionKind: ReceptionKind | '';
  channel: Channel | '';
  classification: Classification | '';
  subject: SubjectCode | '';
  officer: string;
  /** 'yes' = only group delegations, 'no' = none of them. */
  group: '' | 'yes' | 'no';
  /** Free text; main folds it (diacritics, đ) and searches names, ID numbers, addresses and content. */
  query: string;
}

export const NO_FILTERS: RegisterFilterValues = {
  from: '',
  to: '',
  receptionKind: '',
  channel: '',
  classification: '',
  subject: '',
  officer: '',
  group: '',
  query: '',
};

export function hasFilters(filters: RegisterFilterValues): boolean {
  return (Object.keys(NO_FILTERS) as (keyof RegisterFilterValues)[]).some(
    (key) => filters[key].trim() !== '',
  );
}

function blankToNull<T extends string>(value: T | ''): T | null {
  return value === '' ? null : value;
}

/** The `visits:list` input for the filters, a page size and an optional keyset cursor. */
export function toListInput(
  filters: RegisterFilterValues,
  page: { limit: number; beforeId?: number | null },
): CallInput<'visits:list'> {
  return {
    from: blankToNull(filters.from),
    to: blankToNull(filters.to),
    receptionKind: blankToNull(filters.receptionKind),
    channel: blankToNull(filters.channel),
    classification: blankToNull(filters.classification),
    subject: blankToNull(filters.subject),
    officer: blankToNull(filters.officer.trim()),
    isGroup: filters.group === '' ? null : filters.group === 'yes',
    query: blankToNull(filters.query.trim()),
    limit: page.limit,
    beforeId: page.beforeId ?? null,
  };
}
