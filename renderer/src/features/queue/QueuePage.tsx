import { useState } from 'react';
import { Link } from 'react-router';
import { TICKET_STATUS_LABELS, type TicketView } from '../../../../shared/contract/queue';
import { formatLocalDateTime } from '../../../../shared/domain/local-time';
import { DeskPanel } from './DeskPanel';
import { FiguresTable } from './FiguresTable';
import { IssueTicketForm } from './IssueTicketForm';
import { useQueue } from './use-queue';
import './queue.css';

/** Hàng chờ: issue tickets, work a desk, see today's queue and its figures. */
export function QueuePage() {
  const { setup, tickets, figures, error } = useQueue();
  const [issued, setIssued] = useState<TicketView | null>(null);
  return (
    <section aria-labelledby="queue-title" className="page">
      <h1 id="queue-title">Hàng chờ</h1>
      <p className="muted">
        Màn hình phòng chờ: mở trang <Link to="/display">/display</Link> trên màn hình thứ hai hoặc trình
        duyệt của TV.
      </p>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {issued && (
        <p role="status" className="notice success">
          Đã cấp số {issued.code} ({issued.lineLabel}); trước số này còn {issued.waitingAhead} người chờ.{' '}
          <Link to={`/print/ticket/${issued.id}`}>In phiếu</Link>
        </p>
      )}
      {setup && (
        <div className="queue-grid">
          <IssueTicketForm setup={setup} onIssued={setIssued} />
          <DeskPanel setup={setup} tickets={tickets} />
          <section aria-labelledby="today-title">
            <h2 id="today-title">Hôm nay</h2>
            <table className="register" aria-label="Số thứ tự hôm nay">
              <thead>
                <tr>
                  <th scope="col">Số</th>
                  <th scope="col">Diện</th>
                  <th scope="col">Cấp lúc</th>
                  <th scope="col">Trạng thái</th>
                  <th scope="col">Bàn</th>
                </tr>
              </thead>
              <tbody>
                {tickets.length === 0 && (
                  <tr>
                    <td colSpan={5} className="muted">
                      Hôm nay chưa cấp số nào.
                    </td>
                  </tr>
                )}
                {tickets.map((ticket) => (
                  <tr key={ticket.id}>
                    <td>
                      {ticket.code}
                      {ticket.priorityLabel && <div className="muted">Ưu tiên</div>}
                    </td>
                    <td>{ticket.lineLabel}</td>
                    <td>{formatLocalDateTime(ticket.issuedAt).slice(11)}</td>
                    <td>{TICKET_STATUS_LABELS[ticket.status]}</td>
                    <td>{ticket.deskNumber ?? ticket.targetDesk ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      )}
      {figures && <FiguresTable figures={figures} />}
    </section>
  );
}
