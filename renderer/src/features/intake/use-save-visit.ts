import { useCallback, useState } from 'react';
import type { CallInput } from '../../../../shared/contract';
import type { VisitView } from '../../../../shared/contract/visits';
import { call } from '../../api/api';

/**
 * Saves the form's input through the contract: a new visit, or an edit of `visitId`. The input is the
 * form's own shape; main parses it with the same schema the form validated it with.
 */
export function useSaveVisit(visitId: number | null) {
  const [isSaving, setIsSaving] = useState(false);
  const save = useCallback(
    async (input: unknown): Promise<VisitView> => {
      setIsSaving(true);
      try {
        const visit = input as CallInput<'visits:create'>;
        return visitId === null
          ? await call('visits:create', visit)
          : await call('visits:update', { id: visitId, visit });
      } finally {
        setIsSaving(false);
      }
    },
    [visitId],
  );
  return { save, isSaving };
}
