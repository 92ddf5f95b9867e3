import { useCallback, useState } from 'react';
import type { VisitView } from '../../../../shared/contract/visits';
import type { VisitCreateInput } from '../../../../shared/contract/visits';
import { call } from '../../api/api';

/** Saves a visit through the contract; the component only sees the outcome. */
export function useCreateVisit() {
  const [isSaving, setIsSaving] = useState(false);
  const save = useCallback(async (input: unknown): Promise<VisitView> => {
    setIsSaving(true);
    try {
      return await call('visits:create', input as VisitCreateInput);
    } finally {
      setIsSaving(false);
    }
  }, []);
  return { save, isSaving };
}
