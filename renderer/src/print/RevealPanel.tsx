import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Shown on screen only, above a receipt or visit summary whose denouncer main has masked: a leader or
 * administrator gives a reason and the page reloads through `visits:reveal` (role-checked and audited in
 * main). Anyone else gets main's refusal, and the document prints with the identity hidden.
 */
export function RevealPanel() {
  const [search, setSearch] = useSearchParams();
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return;
    const next = new URLSearchParams(search);
    next.set('reveal', reason.trim());
    setSearch(next, { replace: true });
  };
  return (
    <form className="screen-only reveal-panel" aria-label="Mở thông tin người tố cáo" onSubmit={submit}>
      <p>
        Thông tin người tố cáo đang được bảo mật. Lãnh đạo hoặc quản trị có thể mở thông tin để in (ghi lý do,
        có lưu nhật ký).
      </p>
      <label>
        Lý do mở thông tin
        <input value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} />
      </label>
      <button type="submit" className="secondary" disabled={reason.trim() === ''}>
        Mở thông tin
      </button>
    </form>
  );
}
