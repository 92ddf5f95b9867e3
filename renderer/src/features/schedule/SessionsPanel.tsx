import { Link } from 'react-router';
import { RECEPTION_KIND_LABELS } from '../../../../shared/domain/classification';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import { useCall } from '../../api/use-call';

/** Kỳ tiếp of the month, from the schedule, ad hoc or opened at the intake form: open ones can be closed. */
export function SessionsPanel({ range, version }: { range: { from: string; to: string }; version: number }) {
  const { data, error } = useCall('sessions:list', range, version);
  return (
    <section aria-labelledby="sessions-title" className="panel">
      <h2 id="sessions-title">Kỳ tiếp trong tháng</h2>
      {error && <p role="alert">{error}</p>}
      <table className="register" aria-label="Kỳ tiếp trong tháng">
        <thead>
          <tr>
            <th scope="col">Ngày</th>
            <th scope="col">Loại</th>
            <th scope="col">Người chủ trì</th>
            <th scope="col">Lượt tiếp</th>
            <th scope="col">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {(data ?? []).map((session) => (
            <tr key={session.id}>
              <td>
                <Link to={`/lich-tiep/ky-tiep/${session.id}`}>{formatLocalDate(session.heldOn)}</Link>
              </td>
              <td>{RECEPTION_KIND_LABELS[session.kind]}</td>
              <td>{session.presidedBy}</td>
              <td>{session.visitCount}</td>
              <td>{session.status === 'open' ? 'Đang mở' : 'Đã kết thúc'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data?.length === 0 && <p className="muted">Chưa có kỳ tiếp nào trong tháng.</p>}
    </section>
  );
}
