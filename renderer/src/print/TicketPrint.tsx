import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { TicketView } from '../../../shared/contract/queue';
import { formatLocalDateTime } from '../../../shared/domain/local-time';
import { call } from '../api/api';
import './ticket-print.css';

/**
 * The queue ticket on 80 mm (or 58 mm with ?width=58) thermal paper: office, line, number, time and how
 * many wait ahead. No citizen's name is printed. `?auto=1` opens the print dialog once drawn.
 */
export function TicketPrint() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const [ticket, setTicket] = useState<TicketView | null>(null);
  const [officeName, setOfficeName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const width = search.get('width') === '58' ? 58 : 80;

  useEffect(() => {
    Promise.all([call('queue:get', { ticketId: Number(id) }), call('settings:office', {})])
      .then(([value, office]) => {
        setTicket(value);
        setOfficeName(office.officeName);
      })
      .catch((reason: Error) => setError(reason.message));
  }, [id]);

  useEffect(() => {
    if (ticket && search.get('auto') === '1') window.print();
  }, [ticket, search]);

  if (error) return <p role="alert">{error}</p>;
  if (!ticket) return <p>Đang tải phiếu…</p>;
  return (
    <article className={`ticket ticket-${width}`} aria-label="Phiếu số thứ tự">
      <p className="ticket-office">{officeName || 'BỘ PHẬN TIẾP CÔNG DÂN'}</p>
      <p className="ticket-line">{ticket.lineLabel}</p>
      <p className="ticket-number">{ticket.code}</p>
      {ticket.priorityLabel && <p className="ticket-priority">Ưu tiên: {ticket.priorityLabel}</p>}
      {ticket.headcount > 1 && <p>Số người: {ticket.headcount}</p>}
      <p>Lấy số lúc: {formatLocalDateTime(ticket.issuedAt)}</p>
      <p>Số người chờ trước: {ticket.waitingAhead}</p>
      <p className="ticket-note">Xin vui lòng chờ đến khi số của mình được gọi.</p>
    </article>
  );
}
