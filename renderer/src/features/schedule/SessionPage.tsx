import { Link, useParams } from 'react-router';
import type { SessionDetail } from '../../../../shared/contract/schedule';
import { RECEPTION_KIND_LABELS } from '../../../../shared/domain/classification';
import { formatLocalDate, formatLocalDateTime } from '../../../../shared/domain/local-time';
import { call } from '../../api/api';
import { useCall } from '../../api/use-call';
import { ActionMessage } from './ActionMessage';
import { CloseSessionForm } from './CloseSessionForm';
import { FollowUpsTable } from './FollowUpsTable';
import { useAction } from './use-action';

/** Một kỳ tiếp: who presides, the visits received in it, and closing it with conclusions and follow-ups. */
export function SessionPage() {
  const id = Number(useParams().id);
  const { message, version, run } = useAction();
  const { data, error } = useCall(
    'sessions:get',
    Number.isInteger(id) && id > 0 ? { sessionId: id } : null,
    version,
  );
  return (
    <section aria-labelledby="session-title" className="page">
      <p>
        <Link to="/lich-tiep">← Lịch tiếp</Link>
      </p>
      <h1 id="session-title">{data ? `Kỳ tiếp ngày ${formatLocalDate(data.heldOn)}` : 'Kỳ tiếp'}</h1>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <ActionMessage message={message} />
      {data && <SessionBody session={data} run={run} />}
    </section>
  );
}

function SessionBody({ session, run }: { session: SessionDetail; run: ReturnType<typeof useAction>['run'] }) {
  return (
    <>
      <dl className="facts">
        <dt>Loại</dt>
        <dd>{RECEPTION_KIND_LABELS[session.kind]}</dd>
        <dt>Người chủ trì</dt>
        <dd>{session.presidedBy}</dd>
        {session.place && (
          <>
            <dt>Địa điểm</dt>
            <dd>{session.place}</dd>
          </>
        )}
        <dt>Trạng thái</dt>
        <dd>
          {session.status === 'open'
            ? 'Đang mở'
            : `Đã kết thúc ${session.closedAt ? formatLocalDateTime(session.closedAt) : ''}`}
        </dd>
        <dt>Số lượt tiếp</dt>
        <dd>{session.visitCount}</dd>
      </dl>
      {session.status === 'open' && (
        <p>
          <Link to="/tiep-nhan">Ghi lượt tiếp trong kỳ này</Link>: chọn hình thức “
          {RECEPTION_KIND_LABELS[session.kind]}”, kỳ tiếp đang mở được chọn sẵn.
        </p>
      )}
      <h2>Lượt tiếp trong kỳ</h2>
      <ul aria-label="Lượt tiếp trong kỳ">
        {session.visits.map((visit) => (
          <li key={visit.id}>
            <Link to={`/so-tiep-cong-dan/${visit.id}`}>
              {formatLocalDateTime(visit.receivedAt)} – vụ việc {visit.caseCode}
            </Link>
          </li>
        ))}
      </ul>
      {session.visits.length === 0 && <p className="muted">Chưa có lượt tiếp nào.</p>}
      {session.conclusions && (
        <>
          <h2>Kết luận</h2>
          <p className="content-cell">{session.conclusions}</p>
        </>
      )}
      {session.followUps.length > 0 && (
        <FollowUpsTable
          followUps={session.followUps}
          showSession={false}
          onToggle={(f) =>
            void run(
              () => call('follow-ups:set-done', { id: f.id, isDone: f.doneAt === null }),
              'Đã cập nhật việc giao.',
            )
          }
        />
      )}
      {session.status === 'open' && <CloseSessionForm sessionId={session.id} run={run} />}
    </>
  );
}
