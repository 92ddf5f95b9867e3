import './petitions.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { toLocalDate } from '../../../../shared/domain/local-time';
import { useCall } from '../../api/use-call';
import { PetitionTable } from './PetitionTable';
import { ReportTableView } from './ReportTableView';

/** Biểu 02/XLD (TT 06/2025) for chosen dates, with its identities, until the report screen takes it over. */
export function Bieu02Page() {
  const today = toLocalDate(new Date());
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const report = useCall('petitions:bieu02', from !== '' && to !== '' ? { from, to } : null);
  const table = report.data;
  const [column, setColumn] = useState<string | null>(null);
  const cell = useCall(
    'petitions:bieu02-cell',
    column !== null && table !== null ? { from, to, column } : null,
  );
  const broken = table?.identities.filter((identity) => !identity.holds) ?? [];
  return (
    <section aria-labelledby="bieu02-title" className="page">
      <h1 id="bieu02-title">Biểu 02/XLD – Tổng hợp kết quả xử lý đơn</h1>
      <p>
        <Link to="/don-thu">← Sổ đơn thư</Link>
      </p>
      <form className="petition-form" aria-label="Kỳ số liệu" onSubmit={(event) => event.preventDefault()}>
        <div className="form-grid">
          <label className="field">
            <span>Từ ngày</span>
            <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          </label>
          <label className="field">
            <span>Đến ngày</span>
            <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          </label>
        </div>
      </form>
      {report.error && (
        <p role="alert" className="notice error">
          {report.error}
        </p>
      )}
      {table === null ? (
        !report.error && <p className="muted">Đang tính…</p>
      ) : (
        <>
          <p>
            {table.formCode} · {table.period.label}
          </p>
          <ReportTableView table={table} onOpenCell={setColumn} />
          <p role="status" className={broken.length === 0 ? 'notice' : 'notice error'}>
            {broken.length === 0
              ? `Các đẳng thức của biểu đều đúng (${table.identities.map((i) => i.expression).join('; ')}).`
              : `Đẳng thức sai: ${broken.map((i) => `${i.expression} (${i.left} ≠ ${i.right})`).join('; ')}.`}
          </p>
          {cell.data && (
            <section aria-labelledby="bieu02-cell" className="panel">
              <h2 id="bieu02-cell">
                Cột {cell.data.column} – {cell.data.label}
              </h2>
              {cell.data.caseIds.length > 0 && (
                <p>Số vụ việc: {cell.data.caseIds.length}; các đơn thuộc các vụ việc này:</p>
              )}
              <PetitionTable items={cell.data.petitions} caption={`Các đơn của cột ${cell.data.column}`} />
            </section>
          )}
          <ul>
            {table.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
