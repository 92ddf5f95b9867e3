import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { VisitView } from '../../../../shared/contract/visits';
import { call, getApi } from '../../api/api';
import { toListInput, type RegisterFilterValues } from './register-filters';

export const PAGE_SIZE = 100;
/** The largest page main serves; a refresh reloads at most this many rows. */
const MAX_PAGE = 500;

interface Loaded {
  key: string;
  items: VisitView[];
  total: number;
  /** More than `total` match (main counts up to 10.000). */
  isTotalCapped: boolean;
}

/**
 * The register for the given filters, newest first, in pages (keyset on `beforeId`). Reloads when the
 * filters change and when any window saves a visit; answers to an older request are dropped.
 */
export function useVisits(filters: RegisterFilterValues) {
  const key = JSON.stringify(filters);
  const [loaded, setLoaded] = useState<Loaded>({ key: '', items: [], total: 0, isTotalCapped: false });
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const loadedCount = useRef(0);
  const isFetchingMore = useRef(false);

  const reload = useCallback(
    (limit: number) => {
      const current = ++generation.current;
      const parsed = JSON.parse(key) as RegisterFilterValues;
      call('visits:list', toListInput(parsed, { limit }))
        .then((page) => {
          if (current !== generation.current) return;
          setLoaded({ key, items: page.items, total: page.total, isTotalCapped: page.isTotalCapped });
          setError(null);
        })
        .catch((reason: Error) => current === generation.current && setError(reason.message));
    },
    [key],
  );

  useEffect(() => {
    reload(PAGE_SIZE);
    return getApi().on('visits:changed', () =>
      reload(Math.min(MAX_PAGE, Math.max(PAGE_SIZE, loadedCount.current))),
    );
  }, [reload]);

  useEffect(() => {
    loadedCount.current = loaded.items.length;
  }, [loaded]);

  const isCurrent = loaded.key === key;
  const items = useMemo(() => (isCurrent ? loaded.items : []), [isCurrent, loaded.items]);
  const total = isCurrent ? loaded.total : 0;
  const isTotalCapped = isCurrent && loaded.isTotalCapped;
  const hasMore = isCurrent && (items.length < total || (isTotalCapped && items.length % PAGE_SIZE === 0));

  const loadMore = useCallback(async () => {
    const last = items.at(-1);
    if (!last || !hasMore || isFetchingMore.current) return;
    isFetchingMore.current = true;
    const current = generation.current;
    try {
      const parsed = JSON.parse(key) as RegisterFilterValues;
      const page = await call('visits:list', toListInput(parsed, { limit: PAGE_SIZE, beforeId: last.id }));
      if (current !== generation.current) return;
      setLoaded((state) => ({
        key: state.key,
        items: [...state.items, ...page.items],
        total: page.total,
        isTotalCapped: page.isTotalCapped,
      }));
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      isFetchingMore.current = false;
    }
  }, [items, hasMore, key]);

  return { items, total, isTotalCapped, error, isLoading: !isCurrent && error === null, hasMore, loadMore };
}
