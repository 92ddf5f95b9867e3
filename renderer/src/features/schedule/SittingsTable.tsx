import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { SittingView } from '../../../../shared/contract/schedule';
import { formatLocalDate, toLocalDate } from '../../../../shared/domain/local-time';
import { isoWeekday, WEEKDAY_LABELS } from '../../../../shared/domain/schedule/dates';
import { call } from '../../api/api';
import { sittingState, sittingWho } from './sitting-labels';

interface SittingsTableProps {
  sittings: SittingView[];
  run: (action: () => Promise<unknown>, done: string) => Promise<boolean>;
}

/** The month's sittings, with what can be done to each: open today's, see its session, move or cancel. */
export function SittingsTable({ sittings, run }: SittingsTableProps) {
  const navigate = useNavigate();
  const [moving, setMoving] = useState<SittingView | null>(null);
  const today = toLocalDate(new Date());
  const open = async (sitting: SittingView) => {
    let sessionId = 0;
    const isOpened = await run(async () => {
      sessionId = (
        await call('schedule:open-sitting', { ruleId: sitting.ruleId, plannedDay: sitting.plannedDay })
      ).id;
    }, 'Đã mở kỳ tiếp; hàng chờ "Thủ trưởng tiếp" đã mở.');
    if (isOpened) void navigate(`/lich-tiep/ky-tiep/${sessionId}`);
  };
  return (
    <>
      <table className="register" aria-label="Các buổi tiếp trong tháng">
        <thead>
          <tr>
            <th scope="col">Ngày</th>
            <th scope="col">Người tiếp</th>
            <th scope="col">Giờ</th>
            <th scope="col">Địa điểm</th>
            <th scope="col">Tình trạng</th>
            <th scope="col">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {sittings.map((sitting) => (
            <tr key={`${sitting.ruleId}-${sitting.plannedDay}`}>
              <td>
                {WEEKDAY_LABELS[isoWeekday(sitting.day)]} {formatLocalDate(sitting.day)}
              </td>
              <td>{sittingWho(sitting)}</td>
              <td>
                {sitting.startTime}–{sitting.endTime}
              </td>
              <td>{sitting.place}</td>
              <td>{sittingState(sitting)}</td>
              <td>
                {sitting.sessionId !== null ? (
                  <Link to={`/lich-tiep/ky-tiep/${sitting.sessionId}`}>Xem kỳ tiếp</Link>
                ) : (
                  <>
                    {sitting.day === today && (
                      <button type="button" onClick={() => void open(sitting)}>
                        Mở kỳ tiếp
                      </button>
                    )}{' '}
                    <button type="button" className="secondary" onClick={() => setMoving(sitting)}>
                      Dời / hủy
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sittings.length === 0 && <p className="muted">Tháng này chưa có buổi tiếp nào theo lịch.</p>}
      {moving && <MoveForm sitting={moving} run={run} onDone={() => setMoving(null)} />}
    </>
  );
}

function MoveForm({
  sitting,
  run,
  onDone,
}: {
  sitting: SittingView;
  run: SittingsTableProps['run'];
  onDone: () => void;
}) {
  const [day, setDay] = useState(sitting.day);
  const [isCancel, setIsCancel] = useState(false);
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = isCancel ? 'Đã hủy buổi tiếp.' : `Đã dời buổi tiếp sang ngày ${formatLocalDate(day)}.`;
    void run(
      () =>
        call('schedule:move', {
          ruleId: sitting.ruleId,
          plannedDay: sitting.plannedDay,
          day: isCancel ? null : day,
          reason,
        }),
      done,
    ).then((ok) => ok && onDone());
  };
  return (
    <form className="panel" aria-label="Dời hoặc hủy buổi tiếp" onSubmit={submit}>
      <p>
        Buổi tiếp ngày {formatLocalDate(sitting.plannedDay)} của {sittingWho(sitting)}
      </p>
      <label className="field">
        Chuyển đến ngày
        <input type="date" value={day} disabled={isCancel} onChange={(e) => setDay(e.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={isCancel} onChange={(e) => setIsCancel(e.target.checked)} /> Hủy buổi
        tiếp này
      </label>
      <label className="field">
        Lý do
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit">Lưu</button>
        <button type="button" className="secondary" onClick={onDone}>
          Thôi
        </button>
      </div>
    </form>
  );
}
