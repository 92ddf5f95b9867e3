import { useCallback, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../../shared/contract';
import { ApiError, call } from '../../api/api';

/** Field path → message, from main's answer to a refused save. */
export type FieldErrors = Record<string, string>;

/**
 * Runs one call for a form: the answer, or the Vietnamese message and the per-field messages main gave,
 * kept until the next attempt.
 */
export function usePetitionAction<N extends CallName>(name: N) {
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [isBusy, setIsBusy] = useState(false);
  const run = useCallback(
    async (input: CallInput<N>): Promise<CallOutput<N> | null> => {
      setIsBusy(true);
      setError(null);
      setFieldErrors({});
      try {
        return await call(name, input);
      } catch (reason) {
        const issues = reason instanceof ApiError ? reason.issues : [];
        setFieldErrors(Object.fromEntries(issues.map((issue) => [issue.path, issue.message])));
        setError(reason instanceof Error ? reason.message : String(reason));
        return null;
      } finally {
        setIsBusy(false);
      }
    },
    [name],
  );
  return { run, error, fieldErrors, isBusy };
}
