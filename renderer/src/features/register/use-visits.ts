import { useCallback, useEffect, useState } from 'react';
import type { VisitView } from '../../../../shared/contract/visits';
import { call, getApi } from '../../api/api';

const PAGE_SIZE = 100;

/** The register, newest first, reloaded when any window saves a visit; older pages on demand. */
export function useVisits() {
  const [items, setItems] = useState<VisitView[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(true);

  const reload = useCallback(
    () =>
      call('visits:list', { limit: PAGE_SIZE })
        .then((page) => {
          setItems(page.items);
          setTotal(page.total);
          setError(null);
        })
        .catch((reason: Error) => setError(reason.message))
        .finally(() => setIsLoading(false)),
    [],
  );

  const loadMore = useCallback(async () => {
    const last = items.at(-1);
    if (!last) return;
    try {
      const page = await call('visits:list', { limit: PAGE_SIZE, beforeId: last.id });
      setItems((current) => [...current, ...page.items]);
      setTotal(page.total);
    } catch (reason) {
      setError((reason as Error).message);
    }
  }, [items]);

  useEffect(() => {
    void reload();
    return getApi().on('visits:changed', () => void reload());
  }, [reload]);

  return { items, total, error, isLoading, loadMore, hasMore: items.length < total };
}
