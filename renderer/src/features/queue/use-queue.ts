import { useCallback, useEffect, useState } from 'react';
import type { CallInput } from '../../../../shared/contract';
import type { QueueFigures, QueueSetup, TicketView } from '../../../../shared/contract/queue';
import { call, getApi } from '../../api/api';

/** Setup, today's tickets and figures, reloaded on every queue event from any desk. */
export function useQueue() {
  const [setup, setSetup] = useState<QueueSetup | null>(null);
  const [tickets, setTickets] = useState<TicketView[]>([]);
  const [figures, setFigures] = useState<QueueFigures | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(
    () =>
      Promise.all([call('queue:setup', {}), call('queue:today', {}), call('queue:figures', {})])
        .then(([nextSetup, nextTickets, nextFigures]) => {
          setSetup(nextSetup);
          setTickets(nextTickets);
          setFigures(nextFigures);
          setError(null);
        })
        .catch((reason: Error) => setError(reason.message)),
    [],
  );

  useEffect(() => {
    void reload();
    return getApi().on('queue:changed', () => void reload());
  }, [reload]);

  return { setup, tickets, figures, error, reload };
}

/** Runs one queue action and reports its Vietnamese error instead of throwing. */
export function useQueueAction() {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | null> => {
    setError(null);
    try {
      return await action();
    } catch (reason) {
      setError((reason as Error).message);
      return null;
    }
  }, []);
  return {
    error,
    issue: (input: CallInput<'queue:issue'>) => run(() => call('queue:issue', input)),
    callNext: (deskNumber: number) => run(() => call('queue:call-next', { deskNumber })),
    recall: (ticketId: number) => run(() => call('queue:recall', { ticketId })),
    noShow: (ticketId: number) => run(() => call('queue:no-show', { ticketId })),
    transfer: (input: CallInput<'queue:transfer'>) => run(() => call('queue:transfer', input)),
    start: (ticketId: number) => run(() => call('queue:start', { ticketId })),
  };
}
