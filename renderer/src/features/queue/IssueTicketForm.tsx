import { useState, type FormEvent } from 'react';
import type { QueueSetup, TicketView } from '../../../../shared/contract/queue';
import { parseCccdQr } from '../../../../shared/domain/cccd-qr';
import { useScannerBurst } from '../card-scan/use-scanner-burst';
import { useQueueAction } from './use-queue';

/** Cấp số: line, optional name and ID, headcount (a group is one ticket), priority and its reason. */
export function IssueTicketForm({
  setup,
  onIssued,
}: {
  setup: QueueSetup;
  onIssued: (ticket: TicketView) => void;
}) {
  const actions = useQueueAction();
  const openLines = setup.lines.filter((line) => line.isOpen);
  const [lineCode, setLineCode] = useState(openLines[0]?.code ?? '');
  const [fullName, setFullName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [headcount, setHeadcount] = useState(1);
  const [priorityReason, setPriorityReason] = useState('');
  const [cardPayload, setCardPayload] = useState<string | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  // A card scanned anywhere on the queue screen fills name and number; the ticket keeps the card.
  useScannerBurst((payload) => {
    const parsed = parseCccdQr(payload);
    if (!parsed.ok) return setScanError(parsed.message);
    setScanError(null);
    setCardPayload(payload);
    setFullName(parsed.card.fullName);
    setIdNumber(parsed.card.idNumber);
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ticket = await actions.issue({
      lineCode,
      fullName,
      idNumber,
      cardPayload,
      headcount,
      priorityReason,
    });
    if (!ticket) return;
    onIssued(ticket);
    setCardPayload(null);
    setFullName('');
    setIdNumber('');
    setHeadcount(1);
    setPriorityReason('');
  };

  return (
    <form aria-label="Cấp số thứ tự" className="queue-form" onSubmit={(event) => void submit(event)}>
      <h2>Cấp số</h2>
      <label className="field">
        <span>Diện tiếp</span>
        <select value={lineCode} onChange={(event) => setLineCode(event.target.value)}>
          {setup.lines.map((line) => (
            <option key={line.code} value={line.code} disabled={!line.isOpen}>
              {line.prefix} – {line.label}
              {line.isOpen ? '' : ' (chưa có kỳ tiếp hôm nay)'}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Họ và tên (không bắt buộc)</span>
        <input value={fullName} onChange={(event) => setFullName(event.target.value)} autoComplete="off" />
      </label>
      <label className="field">
        <span>Số giấy tờ (không bắt buộc)</span>
        <input value={idNumber} onChange={(event) => setIdNumber(event.target.value)} autoComplete="off" />
      </label>
      <label className="field">
        <span>Số người</span>
        <input
          type="number"
          min={1}
          value={headcount}
          onChange={(event) => setHeadcount(Math.max(1, Number(event.target.value) || 1))}
        />
      </label>
      <label className="field">
        <span>Ưu tiên</span>
        <select value={priorityReason} onChange={(event) => setPriorityReason(event.target.value)}>
          <option value="">Không ưu tiên</option>
          {setup.priorityReasons.map((reason) => (
            <option key={reason.code} value={reason.code}>
              {reason.label}
            </option>
          ))}
        </select>
      </label>
      {cardPayload !== null && (
        <p role="status" className="notice" aria-label="Thẻ đã quét">
          Đã quét thẻ căn cước; phiếu tiếp nhận sẽ điền sẵn khi gọi số này.
        </p>
      )}
      {scanError && (
        <p role="alert" className="notice error">
          {scanError}
        </p>
      )}
      {actions.error && (
        <p role="alert" className="notice error">
          {actions.error}
        </p>
      )}
      <button type="submit" disabled={lineCode === ''}>
        Cấp số
      </button>
    </form>
  );
}
