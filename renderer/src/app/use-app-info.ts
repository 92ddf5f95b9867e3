import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/contract/system';
import { call, getApi } from '../api/api';

/** Version and counters for the status bar, refreshed when a visit is saved. */
export function useAppInfo(): { info: AppInfo | null; error: string | null } {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let isActive = true;
    const load = () =>
      call('app:info', {})
        .then((value) => isActive && (setInfo(value), setError(null)))
        .catch((reason: Error) => isActive && setError(reason.message));
    void load();
    const off = getApi().on('visits:changed', () => void load());
    return () => {
      isActive = false;
      off();
    };
  }, []);
  return { info, error };
}
