import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { SESSION_KINDS } from '../../../../shared/contract/sessions';
import { RECEPTION_KIND_LABELS } from '../../../../shared/domain/classification';
import { call } from '../../api/api';

type Kind = (typeof SESSION_KINDS)[number];

/** Opens a session today outside the schedule (đột xuất, or định kỳ / ủy quyền not on it). */
export function AdHocSessionForm({
  run,
}: {
  run: (action: () => Promise<unknown>, done: string) => Promise<boolean>;
}) {
  const navigate = useNavigate();
  const [form, setForm] = useState({ kind: 'dot_xuat' as Kind, presidedBy: '', title: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    let id = 0;
    void run(async () => {
      id = (await call('sessions:open', form)).id;
    }, 'Đã mở kỳ tiếp.').then((ok) => ok && void navigate(`/lich-tiep/ky-tiep/${id}`));
  };
  return (
    <form className="panel" aria-label="Mở kỳ tiếp ngoài lịch" onSubmit={submit}>
      <h2>Mở kỳ tiếp ngoài lịch (hôm nay)</h2>
      <label className="field">
        Loại kỳ tiếp
        <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as Kind })}>
          {SESSION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {RECEPTION_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Người chủ trì
        <input value={form.presidedBy} onChange={(e) => setForm({ ...form, presidedBy: e.target.value })} />
      </label>
      <label className="field">
        Tiêu đề (không bắt buộc)
        <input value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
      </label>
      <button type="submit">Mở kỳ tiếp</button>
    </form>
  );
}
