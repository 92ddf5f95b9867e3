import { Link } from 'react-router';
import type { TallyRequest } from '../../../../shared/reports/report-types';
import { formatCount } from '../../../../shared/domain/number-format';
import { useDrill, type DrillTarget } from './use-reports';

const KIND_LABELS: Record<string, string> = {
  visits: 'lượt tiếp',
  cases: 'vụ việc',
  persons: 'người',
  sessions: 'kỳ tiếp',
  reception_days: 'ngày tiếp',
  dialogues: 'cuộc đối thoại',
  petitions: 'đơn',
  tickets: 'phiếu hàng chờ',
};

/** The records behind the figure clicked, each opening its visit or case. */
export function DrillPanel({
  request,
  target,
  onClose,
}: {
  request: TallyRequest;
  target: DrillTarget;
  onClose: () => void;
}) {
  const { data, error, isLoading } = useDrill(request, target);
  return (
    <section aria-labelledby="drill-title" className="drill-panel">
      <h2 id="drill-title">Chi tiết: {target.label}</h2>
      <button type="button" onClick={onClose}>
        Đóng
      </button>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {isLoading && <p className="muted">Đang tải…</p>}
      {data && (
        <>
          <p>
            {formatCount(data.total)} {KIND_LABELS[data.kind] ?? 'bản ghi'}
            {data.records.length < data.total &&
              ` (hiển thị ${formatCount(data.records.length)} bản ghi đầu)`}
          </p>
          <ul aria-label="Bản ghi tạo nên số liệu" className="drill-list">
            {data.records.map((record) => (
              <li key={record.id}>
                {record.date && <span className="muted">{record.date} · </span>}
                {record.link ? <Link to={record.link}>{record.title}</Link> : <span>{record.title}</span>}
                {record.detail && <span className="muted"> — {record.detail}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
