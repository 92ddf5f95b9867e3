import { useState, type FormEvent } from 'react';
import type { PetitionDetail } from '../../../../shared/contract/petitions';
import { useCurrentUser } from '../auth/user-context';
import { usePetitionAction } from './use-petitions';

/**
 * A denunciation's senders are hidden (Luật Tố cáo Art. 9, 47). A leader or administrator may reveal them
 * for this petition, giving a reason that goes into the audit log.
 */
export function RevealSenders({ petitionId }: { petitionId: number }) {
  const { user } = useCurrentUser();
  const reveal = usePetitionAction('petitions:reveal');
  const [reason, setReason] = useState('');
  const [revealed, setRevealed] = useState<PetitionDetail | null>(null);
  const mayReveal = user?.role === 'leader' || user?.role === 'admin';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRevealed(await reveal.run({ id: petitionId, reason }));
  };
  return (
    <section aria-label="Thông tin người tố cáo" className="notice">
      <p>Đây là đơn tố cáo: họ tên, địa chỉ, giấy tờ và liên lạc của người tố cáo được giữ bí mật.</p>
      {revealed ? (
        <ul>
          {revealed.senders.map((person) => (
            <li key={person.id}>
              <strong>{person.fullName}</strong> · {person.idNumber ?? 'không có số giấy tờ'} ·{' '}
              {person.fullAddress ?? 'không ghi địa chỉ'}
              {person.phone ? ` · ${person.phone}` : ''}
            </li>
          ))}
        </ul>
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
      {reveal.error && <p role="alert">{reveal.error}</p>}
    </section>
  );
}
