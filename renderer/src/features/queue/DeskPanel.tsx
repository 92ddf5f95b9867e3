import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { QueueSetup, TicketView } from '../../../../shared/contract/queue';
import { useQueueAction } from './use-queue';

const DESK_KEY = 'tiepdan.queue.desk';

/** One desk's controls: call next, recall, no-show, transfer, start service (opens the intake form). */
export function DeskPanel({ setup, tickets }: { setup: QueueSetup; tickets: TicketView[] }) {
  const navigate = useNavigate();
  const actions = useQueueAction();
  const [deskNumber, setDeskNumber] = useState<number>(
    () => Number(localStorage.getItem(DESK_KEY)) || (setup.desks[0]?.number ?? 1),
  );
  const [transferTo, setTransferTo] = useState('');
  const current = tickets.find(
    (ticket) =>
      ticket.deskNumber === deskNumber && (ticket.status === 'called' || ticket.status === 'serving'),
  );

  const chooseDesk = (value: number) => {
    setDeskNumber(value);
    localStorage.setItem(DESK_KEY, String(value));
  };
  const start = async (ticket: TicketView) => {
    if (await actions.start(ticket.id)) void navigate(`/tiep-nhan?ticket=${ticket.id}`);
  };
  const doTransfer = async (ticket: TicketView) => {
    const [kind, value] = transferTo.split(':');
    if (!kind || !value) return;
    await actions.transfer({
      ticketId: ticket.id,
      lineCode: kind === 'line' ? value : null,
      deskNumber: kind === 'desk' ? Number(value) : null,
    });
    setTransferTo('');
  };

  return (
    <section aria-labelledby="desk-title" className="queue-desk">
      <h2 id="desk-title">Bàn tiếp</h2>
      <label className="field">
        <span>Bàn của tôi</span>
        <select value={deskNumber} onChange={(event) => chooseDesk(Number(event.target.value))}>
          {setup.desks.map((desk) => (
            <option key={desk.number} value={desk.number}>
              {desk.label}
            </option>
          ))}
        </select>
      </label>
      <div className="form-actions">
        <button type="button" onClick={() => void actions.callNext(deskNumber)}>
          Gọi số tiếp theo
        </button>
      </div>
      {current ? (
        <div className="queue-current" aria-label="Số đang phục vụ">
          <p className="queue-current-code">{current.code}</p>
          <p>
            {current.lineLabel} · {current.headcount} người
            {current.priorityLabel ? ` · Ưu tiên: ${current.priorityLabel}` : ''}
            {current.fullName ? ` · ${current.fullName}` : ''}
          </p>
          <div className="form-actions">
            <button type="button" onClick={() => void start(current)}>
              Bắt đầu tiếp
            </button>
            {current.status === 'called' && (
              <>
                <button type="button" className="secondary" onClick={() => void actions.recall(current.id)}>
                  Gọi lại
                </button>
                <button type="button" className="secondary" onClick={() => void actions.noShow(current.id)}>
                  Vắng mặt
                </button>
              </>
            )}
          </div>
          <label className="field">
            <span>Chuyển đến</span>
            <select value={transferTo} onChange={(event) => setTransferTo(event.target.value)}>
              <option value="">— Chọn diện hoặc bàn —</option>
              {setup.lines.map((line) => (
                <option key={line.code} value={`line:${line.code}`}>
                  Diện: {line.label}
                </option>
              ))}
              {setup.desks
                .filter((desk) => desk.number !== deskNumber)
                .map((desk) => (
                  <option key={desk.number} value={`desk:${desk.number}`}>
                    {desk.label}
                  </option>
                ))}
            </select>
          </label>
          <button
            type="button"
            className="secondary"
            disabled={transferTo === ''}
            onClick={() => void doTransfer(current)}
          >
            Chuyển
          </button>
        </div>
      ) : (
        <p className="muted">Bàn này chưa gọi số nào.</p>
      )}
      {actions.error && (
        <p role="alert" className="notice error">
          {actions.error}
        </p>
      )}
    </section>
  );
}
