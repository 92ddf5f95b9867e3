import type { ReportTable } from '../../../../shared/reports/report-types';
import { formatCount } from '../../../../shared/domain/number-format';

/**
 * A computed form as the annex lays it out: merged header cells, the "MS" number row, the data rows; a
 * figure above zero opens what it counts.
 */
export function ReportTableView({
  table,
  onOpenCell,
}: {
  table: ReportTable;
  /** Drill-down: opens the records behind a figure. */
  onOpenCell?: (column: string) => void;
}) {
  return (
    <table className="report-table" aria-label={`${table.formCode}: ${table.title}`}>
      <thead>
        {table.header.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, cellIndex) => (
              <th key={cellIndex} colSpan={cell.colSpan} rowSpan={cell.rowSpan} scope="col">
                {cell.text}
              </th>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="col">MS</th>
          {table.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {table.columns.map((column) => (
              <td key={column} data-column={column}>
                {onOpenCell && (row.values[column] ?? 0) > 0 ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Xem các đơn của cột ${column}`}
                    onClick={() => onOpenCell(column)}
                  >
                    {formatCount(row.values[column] ?? 0)}
                  </button>
                ) : (
                  formatCount(row.values[column] ?? 0)
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
