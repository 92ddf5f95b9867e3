import { useCall } from '../../api/use-call';
import { PetitionTable } from './PetitionTable';

/** Unhandled petitions past their handling deadline, and those due within a few days. */
export function PetitionDeadlines() {
  const deadlines = useCall('petitions:deadlines', {});
  if (deadlines.error) {
    return (
      <p role="alert" className="notice error">
        {deadlines.error}
      </p>
    );
  }
  const data = deadlines.data;
  if (data === null) return <p className="muted">Đang tải hạn xử lý…</p>;
  return (
    <section aria-labelledby="petition-deadlines" className="panel">
      <h2 id="petition-deadlines">Hạn xử lý đơn</h2>
      {data.overdue.length === 0 && data.dueSoon.length === 0 ? (
        <p className="muted">Không có đơn quá hạn hoặc sắp đến hạn xử lý.</p>
      ) : (
        <>
          <h3>Quá hạn ({data.overdue.length})</h3>
          {data.overdue.length > 0 && <PetitionTable items={data.overdue} caption="Đơn quá hạn xử lý" />}
          <h3>
            Sắp đến hạn trong {data.soonDays} ngày ({data.dueSoon.length})
          </h3>
          {data.dueSoon.length > 0 && <PetitionTable items={data.dueSoon} caption="Đơn sắp đến hạn xử lý" />}
        </>
      )}
    </section>
  );
}
