import { Link } from 'react-router';
import type { FollowUpView } from '../../../../shared/contract/schedule';
import { formatLocalDate } from '../../../../shared/domain/local-time';

interface FollowUpsTableProps {
  followUps: FollowUpView[];
  /** Show the session each follow-up comes from (on a case page). */
  showSession: boolean;
  onToggle: (followUp: FollowUpView) => void;
}

/** Follow-ups assigned at sessions: who, by when, done or not. */
export function FollowUpsTable({ followUps, showSession, onToggle }: FollowUpsTableProps) {
  return (
    <table className="register" aria-label="Việc giao sau kỳ tiếp">
      <thead>
        <tr>
          {showSession && <th scope="col">Kỳ tiếp</th>}
          <th scope="col">Việc cần làm</th>
          <th scope="col">Người thực hiện</th>
          <th scope="col">Hạn</th>
          <th scope="col">Vụ việc</th>
          <th scope="col">Đã xong</th>
        </tr>
      </thead>
      <tbody>
        {followUps.map((f) => (
          <tr key={f.id}>
            {showSession && (
              <td>
                <Link to={`/lich-tiep/ky-tiep/${f.sessionId}`}>
                  {formatLocalDate(f.sessionHeldOn)} – {f.presidedBy}
                </Link>
              </td>
            )}
            <td>{f.task}</td>
            <td>{f.assignee}</td>
            <td>{formatLocalDate(f.dueOn)}</td>
            <td>{f.caseId !== null ? <Link to={`/vu-viec/${f.caseId}`}>{f.caseCode}</Link> : ''}</td>
            <td>
              <input
                type="checkbox"
                aria-label={`Đã xong: ${f.task}`}
                checked={f.doneAt !== null}
                onChange={() => onToggle(f)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
