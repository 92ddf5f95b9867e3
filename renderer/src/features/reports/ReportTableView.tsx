import type { ReportTable } from '../../../../shared/reports/report-types';
import type { DrillTarget } from './use-reports';

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A form as the annex lays it out: merged header cells, the "MS" column-number row, every figure clickable. */
export function ReportTableView({
  table,
  isCompared,
  onPick,
}: {
  table: ReportTable;
  isCompared: boolean;
  onPick: (target: DrillTarget) => void;
}) {
  const caption = `${table.formCode}: ${table.title}${isCompared ? ' (cùng kỳ)' : ''}`;
  const failing = table.identities.filter((check) => !check.holds);
  return (
    <div className="report-table">
      <div className="report-scroll">
        <table aria-label={caption} className="report-form">
          <caption>
            <strong>{table.formCode}</strong> — {table.title}
            <br />
            Số liệu tính từ ngày {formatDate(table.period.from)} đến ngày {formatDate(table.period.to)}
          </caption>
          <thead>
            {table.header.map((cells, rowIndex) => (
              <tr key={rowIndex}>
                {cells.map((cell, index) => (
                  <th key={index} colSpan={cell.colSpan} rowSpan={cell.rowSpan} scope="col">
                    {cell.text}
                  </th>
                ))}
              </tr>
            ))}
            <tr className="ms-row">
              <th scope="row">MS</th>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key} className={row.isTotal ? 'total' : row.isApart ? 'apart' : undefined}>
                <th scope="row">{row.label}</th>
                {table.columns.map((column) => {
                  const value = row.values[column] ?? 0;
                  const label = `${table.formCode}, ${row.label}, cột ${column}${isCompared ? ' (cùng kỳ)' : ''}`;
                  return (
                    <td key={column}>
                      <button
                        type="button"
                        className="figure"
                        aria-label={`${label}: ${numberFormat.format(value)}`}
                        onClick={() =>
                          onPick({ reportId: table.reportId, rowKey: row.key, column, isCompared, label })
                        }
                      >
                        {numberFormat.format(value)}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.identities.length > 0 && (
        <p className={failing.length ? 'notice error' : 'identity-ok'} role="status">
          {failing.length === 0
            ? `Kiểm tra công thức: ${table.identities.length} phép kiểm tra đều khớp.`
            : `Không khớp: ${failing.map((check) => `${check.expression} (${check.left} ≠ ${check.right})`).join('; ')}`}
        </p>
      )}
      {table.notes.length > 0 && (
        <ul className="report-notes" aria-label={`Ghi chú ${table.formCode}`}>
          {table.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}
