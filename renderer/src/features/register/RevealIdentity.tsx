import { useState, type FormEvent } from 'react';
import type { VisitDetail } from '../../../../shared/contract/visits';
import { call } from '../../api/api';
import { useCurrentUser } from '../auth/user-context';

/**
 * A tố cáo's denouncer is hidden (Luật Tố cáo Art. 9). A leader or administrator may reveal it for this
 * visit only, giving a reason that goes into the audit log.
 */
export function RevealIdentity({ visitId }: { visitId: number }) {
  const { user } = useCurrentUser();
  const [reason, setReason] = useState('');
  const [revealed, setRevealed] = useState<VisitDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mayReveal = user?.role === 'leader' || user?.role === 'admin';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setRevealed(await call('visits:reveal', { id: visitId, reason }));
      setError(null);
    } catch (reason_) {
      setError((reason_ as Error).message);
    }
  };

  return (
    <section aria-label="Thông tin người tố cáo" className="notice">
      <p>Đây là vụ việc tố cáo: họ tên, địa chỉ, giấy tờ và liên lạc của người tố cáo được giữ bí mật.</p>
      {revealed ? (
        <p>
          <strong>{revealed.person.fullName}</strong> · {revealed.person.idNumber ?? 'không có số giấy tờ'} ·{' '}
          {revealed.person.fullAddress ?? 'không ghi địa chỉ'} · {revealed.person.phone ?? ''}
        </p>
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
