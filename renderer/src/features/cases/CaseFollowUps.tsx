import { call } from '../../api/api';
import { useCall } from '../../api/use-call';
import { ActionMessage } from '../schedule/ActionMessage';
import { FollowUpsTable } from '../schedule/FollowUpsTable';
import { useAction } from '../schedule/use-action';

/** Việc giao sau kỳ tiếp: follow-ups assigned about this case at the leaders' sessions. */
export function CaseFollowUps({ caseId }: { caseId: number }) {
  const { message, version, run } = useAction();
  const { data, error } = useCall('follow-ups:for-case', { caseId }, version);
  return (
    <>
      <h2>Việc giao sau kỳ tiếp</h2>
      {error && <p role="alert">{error}</p>}
      <ActionMessage message={message} />
      {data && data.length === 0 && <p className="muted">Chưa có việc nào được giao về vụ việc này.</p>}
      {data && data.length > 0 && (
        <FollowUpsTable
          followUps={data}
          showSession
          onToggle={(f) =>
            void run(
              () => call('follow-ups:set-done', { id: f.id, isDone: f.doneAt === null }),
              'Đã cập nhật việc giao.',
            )
          }
        />
      )}
    </>
  );
}
