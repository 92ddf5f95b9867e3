import { useEffect, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import { call } from './api';

export interface CallState<T> {
  data: T | null;
  error: string | null;
  isLoading: boolean;
}

interface Answer<T> {
  key: string;
  version: number;
  data: T | null;
  error: string | null;
}

/**
 * Loads one call's answer and reloads when the input changes (compared by value) or `version` moves on;
 * `null` input loads nothing. An answer for an older input is dropped; while a newer version of the same
 * input loads, the previous answer stays on show.
 */
export function useCall<N extends CallName>(
  name: N,
  input: CallInput<N> | null,
  version = 0,
): CallState<CallOutput<N>> {
  const key = input === null ? '' : `${name} ${JSON.stringify(input)}`;
  const [answer, setAnswer] = useState<Answer<CallOutput<N>>>({
    key: '',
    version: 0,
    data: null,
    error: null,
  });
  useEffect(() => {
    if (key === '') return;
    let isCurrent = true;
    const parsed = JSON.parse(key.slice(name.length + 1)) as CallInput<N>;
    call(name, parsed)
      .then((data) => isCurrent && setAnswer({ key, version, data, error: null }))
      .catch((reason: Error) => isCurrent && setAnswer({ key, version, data: null, error: reason.message }));
    return () => {
      isCurrent = false;
    };
  }, [name, key, version]);
  const isSameInput = answer.key === key && key !== '';
  return {
    data: isSameInput ? answer.data : null,
    error: isSameInput ? answer.error : null,
    isLoading: key !== '' && !(isSameInput && answer.version === version),
  };
}
