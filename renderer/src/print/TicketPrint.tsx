import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { TicketView } from '../../../shared/contract/queue';
import { formatLocalDateTime } from '../../../shared/domain/local-time';
import { call } from '../api/api';
import { PageStyle } from './PageStyle';
import { PrintBar } from './PrintBar';
import './print.css';
import './ticket-print.css';
import { usePrintReady } from './use-print-ready';

/**
 * The queue ticket on 80 mm or 58 mm thermal paper (`?width=58|80`, else the setting): office, line,
 * number, time and how many wait ahead. No citizen's name is printed. `?auto=1` opens the print dialog
 * once drawn.
 */
export function TicketPrint() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const [ticket, setTicket] = useState<TicketView | null>(null);
  const [officeName, setOfficeName] = useState('');
  const [printer, setPrinter] = useState<string | null>(null);
  const [defaultWidth, setDefaultWidth] = useState<58 | 80>(80);
  const [error, setError] = useState<string | null>(null);
  const asked = search.get('width');
  const width = asked === '58' ? 58 : asked === '80' ? 80 : defaultWidth;

  useEffect(() => {
    Promise.all([call('queue:get', { ticketId: Number(id) }), call('settings:print', {})])
      .then(([value, settings]) => {
        setTicket(value);
        setOfficeName(settings.officeName);
        setPrinter(settings.printers.ticket);
        setDefaultWidth(settings.ticketWidth);
      })
      .catch((reason: Error) => setError(reason.message));
  }, [id]);

  useEffect(() => {
    if (ticket && search.get('auto') === '1') window.print();
  }, [ticket, search]);
  usePrintReady(ticket !== null && printer !== null, error);

  if (error) return <p role="alert">{error}</p>;
  if (!ticket || printer === null) return <p>Đang tải phiếu…</p>;
  return (
    <>
      <PageStyle paper={width === 58 ? 'roll58' : 'roll80'} />
      <PrintBar kind="ticket" entityId={String(ticket.id)} defaultCopies={1} rememberedPrinter={printer} />
      <TicketSlip ticket={ticket} officeName={officeName} width={width} />
    </>
  );
}

/** The slip itself, sized to the roll. */
function TicketSlip({
  ticket,
  officeName,
  width,
}: {
  ticket: TicketView;
  officeName: string;
  width: 58 | 80;
}) {
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
