import { useEffect, useState } from 'react';
import type { TicketView } from '../../../../shared/contract/queue';
import { call } from '../../api/api';

/** The queue ticket being served (from `?ticket=` when the desk pressed "Bắt đầu tiếp"). */
export function useTicket(ticketId: number | null) {
  const [ticket, setTicket] = useState<TicketView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (ticketId === null) return;
    call('queue:get', { ticketId })
      .then(setTicket)
      .catch((reason: Error) => setError(reason.message));
  }, [ticketId]);
  return { ticket: ticketId === null ? null : ticket, error: ticketId === null ? null : error };
}
