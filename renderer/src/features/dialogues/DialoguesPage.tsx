import '../schedule/schedule.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { DIALOGUE_LEVEL_LABELS, type DialogueView } from '../../../../shared/contract/dialogues';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import { formatCount } from '../../../../shared/domain/number-format';
import { useCall } from '../../api/use-call';
import { ActionMessage } from '../schedule/ActionMessage';
import { YearField } from '../schedule/YearField';
import { useAction } from '../schedule/use-action';
import { DialogueForm } from './DialogueForm';

/** Đối thoại: the year's dialogue conferences with their totals, recording and editing one. */
export function DialoguesPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const { message, version, run } = useAction();
  const [editing, setEditing] = useState<DialogueView | null>(null);
  const { data, error } = useCall('dialogues:list', { from: `${year}-01-01`, to: `${year}-12-31` }, version);
  const rows = data ?? [];
  const total = (pick: (d: DialogueView) => number) => formatCount(rows.reduce((sum, d) => sum + pick(d), 0));
  return (
    <section aria-labelledby="dialogues-title" className="page">
      <h1 id="dialogues-title">Đối thoại với công dân</h1>
      <ActionMessage message={message} />
      {error && <p role="alert">{error}</p>}
      <YearField year={year} onChange={setYear} />
      <p role="status" aria-label="Tổng hợp đối thoại">
        {formatCount(rows.length)} cuộc đối thoại với {total((d) => d.opinions)} ý kiến, có{' '}
        {total((d) => d.attendees)} đại biểu tham dự; đã trả lời {total((d) => d.answered)} ý kiến.
      </p>
      <table className="register" aria-label="Các cuộc đối thoại">
        <thead>
          <tr>
            <th scope="col">Ngày</th>
            <th scope="col">Chủ trì</th>
            <th scope="col">Cấp</th>
            <th scope="col">Địa điểm</th>
            <th scope="col">Nội dung</th>
            <th scope="col">Đại biểu</th>
            <th scope="col">Ý kiến</th>
            <th scope="col">Đã trả lời</th>
            <th scope="col">Tiếp thu</th>
            <th scope="col">Vụ việc</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id}>
              <td>{formatLocalDate(d.heldOn)}</td>
              <td>{d.presidedBy}</td>
              <td>{DIALOGUE_LEVEL_LABELS[d.level]}</td>
              <td>{d.place}</td>
              <td className="content-cell">{d.topic}</td>
              <td>{formatCount(d.attendees)}</td>
              <td>{formatCount(d.opinions)}</td>
              <td>{formatCount(d.answered)}</td>
              <td>{formatCount(d.acceptedForFollowUp)}</td>
              <td>
                {d.cases.map((c) => (
                  <Link key={c.id} to={`/vu-viec/${c.id}`}>
                    {c.code}{' '}
                  </Link>
                ))}
              </td>
              <td>
                <button type="button" className="secondary" onClick={() => setEditing(d)}>
                  Sửa
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <DialogueForm key={editing.id} dialogue={editing} run={run} onDone={() => setEditing(null)} />
      ) : (
        <DialogueForm dialogue={null} run={run} onDone={() => undefined} />
      )}
    </section>
  );
}
