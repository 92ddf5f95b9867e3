import type { QueueFigures } from '../../../../shared/contract/queue';
import { formatCount } from '../../../../shared/domain/number-format';

const minutes = (value: number | null) =>
  value === null ? '–' : `${new Intl.NumberFormat('vi-VN').format(value)} phút`;

/** End-of-day figures: waiting and service time (median, p90), served, no-shows, still waiting. */
export function FiguresTable({ figures }: { figures: QueueFigures }) {
  const rows = [figures.total, ...figures.byLine, ...figures.byDesk];
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">Số liệu trong ngày</h2>
      <table className="register" aria-label="Số liệu hàng chờ">
        <thead>
          <tr>
            <th scope="col">Theo</th>
            <th scope="col">Đã tiếp</th>
            <th scope="col">Vắng mặt</th>
            <th scope="col">Còn chờ</th>
            <th scope="col">Chờ (trung vị / p90)</th>
            <th scope="col">Tiếp (trung vị / p90)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.key}-${index}`}>
              <th scope="row">{row.label}</th>
              <td>{formatCount(row.served)}</td>
              <td>{formatCount(row.noShows)}</td>
              <td>{formatCount(row.stillWaiting)}</td>
              <td>
                {minutes(row.waitMedianMinutes)} / {minutes(row.waitP90Minutes)}
              </td>
              <td>
                {minutes(row.serviceMedianMinutes)} / {minutes(row.serviceP90Minutes)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
