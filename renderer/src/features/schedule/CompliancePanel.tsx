import { useState } from 'react';
import type { ComplianceView } from '../../../../shared/contract/schedule';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import { formatCount } from '../../../../shared/domain/number-format';
import { LEADER_ROLE_LABELS } from '../../../../shared/domain/schedule/minimum-rules';
import { useCall } from '../../api/use-call';
import { monthRange } from './month-range';

/** Đối chiếu: per leader and week/month, the legal minimum, announced and held days; and the figures. */
export function CompliancePanel({ month, version }: { month: string; version: number }) {
  const [range, setRange] = useState(() => monthRange(month));
  const compliance = useCall('schedule:compliance', range, version);
  const figures = useCall('schedule:figures', range, version).data;
  return (
    <section aria-labelledby="compliance-title" className="panel">
      <h2 id="compliance-title">Đối chiếu với quy định và số liệu báo cáo</h2>
      <label className="field">
        Từ ngày
        <input
          type="date"
          value={range.from}
          onChange={(e) => setRange({ ...range, from: e.target.value })}
        />
      </label>
      <label className="field">
        Đến ngày
        <input type="date" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} />
      </label>
      {compliance.error && <p role="alert">{compliance.error}</p>}
      {(compliance.data ?? []).map((leader) => (
        <LeaderCompliance key={`${leader.leaderName}-${leader.leaderRole}`} leader={leader} />
      ))}
      {figures && (
        <dl className="facts" aria-label="Số liệu lịch tiếp">
          <dt>Số ngày tiếp đã công bố (thủ trưởng / ủy quyền)</dt>
          <dd>
            {formatCount(figures.announcedDays.inPerson.count)} /{' '}
            {formatCount(figures.announcedDays.delegated.count)}
          </dd>
          <dt>Số ngày đã tiếp (thủ trưởng / ủy quyền)</dt>
          <dd>
            {formatCount(figures.heldDays.inPerson.count)} / {formatCount(figures.heldDays.delegated.count)}
          </dd>
          <dt>Kỳ tiếp định kỳ / đột xuất / ủy quyền</dt>
          <dd>
            {formatCount(figures.sessions.dinh_ky.count)} / {formatCount(figures.sessions.dot_xuat.count)} /{' '}
            {formatCount(figures.sessions.uy_quyen.count)}
          </dd>
          <dt>Đối thoại</dt>
          <dd>
            {formatCount(figures.dialogues.count)} cuộc, {formatCount(figures.dialogues.attendees)} đại biểu,{' '}
            {formatCount(figures.dialogues.opinions)} ý kiến, đã trả lời{' '}
            {formatCount(figures.dialogues.answered)}
          </dd>
        </dl>
      )}
    </section>
  );
}

function LeaderCompliance({ leader }: { leader: ComplianceView }) {
  return (
    <table className="register" aria-label={`Đối chiếu của ${leader.leaderName}`}>
      <caption>
        {leader.leaderName} – {LEADER_ROLE_LABELS[leader.leaderRole]}
      </caption>
      <thead>
        <tr>
          <th scope="col">Thời gian</th>
          <th scope="col">Tối thiểu</th>
          <th scope="col">Đã công bố</th>
          <th scope="col">Đã tiếp</th>
          <th scope="col">Kết quả</th>
        </tr>
      </thead>
      <tbody>
        {leader.units.map((unit) => (
          <tr key={unit.from}>
            <td>
              {formatLocalDate(unit.from)} – {formatLocalDate(unit.to)}
            </td>
            <td title={unit.basis}>
              {unit.minDays} ngày/{unit.per === 'week' ? 'tuần' : 'tháng'}
            </td>
            <td>{unit.announced}</td>
            <td>{unit.held}</td>
            <td>{unit.isMet === null ? 'Chưa đủ kỳ' : unit.isMet ? 'Đạt' : 'Chưa đạt'}</td>
          </tr>
        ))}
      </tbody>
      {leader.units.length === 0 && (
        <tfoot>
          <tr>
            <td colSpan={5}>Không có mức tối thiểu theo quy định cho chức vụ này.</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
