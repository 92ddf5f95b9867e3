import { useCallback, useState } from 'react';
import type { AddressCandidate } from '../../../../shared/contract/reference';
import { call } from '../../api/api';

/** Reads an address line into current province and commune candidates, on demand. */
export function useResolveAddress() {
  const [candidates, setCandidates] = useState<AddressCandidate[]>([]);
  const [text, setText] = useState('');
  const resolve = useCallback(async (line: string) => {
    const trimmed = line.trim();
    if (trimmed === '') return setCandidates([]);
    try {
      const found = await call('reference:resolve-address', { text: trimmed });
      setText(trimmed);
      const withCommune = found.filter((candidate) => candidate.communeCode !== null);
      setCandidates(withCommune.length > 0 ? withCommune : found);
    } catch {
      // A failed look-up only means no offer: the officer can still pick province and commune by hand.
      setCandidates([]);
    }
  }, []);
  const dismiss = useCallback(() => setCandidates([]), []);
  return { candidates, text, resolve, dismiss };
}
