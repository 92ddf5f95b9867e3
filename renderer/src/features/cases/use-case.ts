import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../../shared/contract/cases';
import { getApi } from '../../api/api';
import { useCall, type CallState } from '../../api/use-call';

/** One case with its visits; reloaded when a visit is saved anywhere (it may belong to this case). */
export function useCase(id: number | null): CallState<CaseDetail> {
  const [version, setVersion] = useState(0);
  useEffect(() => getApi().on('visits:changed', () => setVersion((v) => v + 1)), []);
  return useCall('cases:get', id === null ? null : { id }, version);
}
