import { useCallback, useState } from 'react';
import type { SessionInput, SessionView } from '../../../../shared/contract/sessions';
import { call } from '../../api/api';
import { useCall } from '../../api/use-call';

/** Kỳ tiếp held on one day (yyyy-mm-dd), with sessions created here added at once. */
export function useSessions(day: string | null) {
  const [created, setCreated] = useState<SessionView[]>([]);
  const listed = useCall('sessions:list', day === null ? null : { from: day, to: day });
  const sessions = [
    ...(listed.data ?? []),
    ...created.filter((s) => s.heldOn === day && !listed.data?.some((l) => l.id === s.id)),
  ];
  const create = useCallback(async (input: SessionInput): Promise<SessionView> => {
    const session = await call('sessions:create', input);
    setCreated((current) => [...current, session]);
    return session;
  }, []);
  return { sessions, error: listed.error, create };
}
