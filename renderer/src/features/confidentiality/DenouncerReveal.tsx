import { useState, type FormEvent, type ReactNode } from 'react';
import { useCurrentUser } from '../auth/user-context';

interface DenouncerRevealProps<T> {
  /** The record as the notice names it: "đơn tố cáo", "vụ việc tố cáo". */
  record: string;
  /** Asks for the hidden identity with the officer's reason (audited); throws with a Vietnamese message. */
  reveal: (reason: string) => Promise<T>;
  /** What was revealed, as the record shows it. */
  children: (revealed: T) => ReactNode;
}

/**
 * A denouncer's identity is hidden (Luật Tố cáo Art. 9, 47). A leader or administrator may reveal it for this
 * record only, giving a reason that goes into the audit log; anyone else is told who may.
 */
export function DenouncerReveal<T>({ record, reveal, children }: DenouncerRevealProps<T>) {
  const { user } = useCurrentUser();
  const [reason, setReason] = useState('');
  const [revealed, setRevealed] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mayReveal = user?.role === 'leader' || user?.role === 'admin';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setRevealed(await reveal(reason));
      setError(null);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <section aria-label="Thông tin người tố cáo" className="notice">
      <p>Đây là {record}: họ tên, địa chỉ, giấy tờ và liên lạc của người tố cáo được giữ bí mật.</p>
      {revealed !== null ? (
        children(revealed)
      ) : mayReveal ? (
        <form aria-label="Xem thông tin người tố cáo" onSubmit={(event) => void submit(event)}>
          <label className="field">
            <span>Lý do xem (ghi vào nhật ký)</span>
            <input value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <button type="submit" disabled={reason.trim() === ''}>
            Xem thông tin người tố cáo
          </button>
        </form>
      ) : (
        <p className="muted">Chỉ lãnh đạo hoặc quản trị hệ thống được xem thông tin này.</p>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
