import type { CallInput } from '../../../../shared/contract';
import type { CaseSuggestOutput } from '../../../../shared/contract/cases';
import { useCall } from '../../api/use-call';
import { useDebounced } from '../../app/use-debounced';

export const SUGGEST_DELAY_MS = 250;

export interface SuggestQuery {
  idNumber: string;
  oldIdNumber: string;
  fullName: string;
  communeCode: string;
  content: string;
}

const EMPTY: CaseSuggestOutput = { persons: [], cases: [] };

/** Worth asking main only once there is something to match on. */
function toInput(query: SuggestQuery): CallInput<'cases:suggest'> | null {
  const idNumber = query.idNumber.trim();
  const oldIdNumber = query.oldIdNumber.trim();
  const fullName = query.fullName.trim();
  const content = query.content.trim();
  if (idNumber.length < 6 && fullName.length < 2 && content.length < 6) return null;
  return {
    idNumber: idNumber.length >= 6 ? idNumber : null,
    oldIdNumber: oldIdNumber.length >= 6 ? oldIdNumber : null,
    fullName: fullName.length >= 2 ? fullName : null,
    communeCode: query.communeCode || null,
    content: content.length >= 6 ? content : null,
  };
}

/** Returning citizens and existing cases for what is typed so far, asked ~250 ms after typing stops. */
export function useCaseSuggestions(query: SuggestQuery): CaseSuggestOutput {
  const key = JSON.stringify(toInput(query));
  const settledKey = useDebounced(key, SUGGEST_DELAY_MS);
  const input = JSON.parse(settledKey) as CallInput<'cases:suggest'> | null;
  return useCall('cases:suggest', input).data ?? EMPTY;
}
