import type { ReportTable } from '../../../../shared/reports/report-types';
import { formatCount } from '../../../../shared/domain/number-format';

/** A report in its form's layout: the merged header as HTML spans, the "MS" row, the rows. */
export function ReportTableView({ report }: { report: ReportTable }) {
  return (
    <table className="register" aria-label={`${report.formCode}: ${report.title}`}>
      <thead>
        {report.header.map((cells, row) => (
          <tr key={row}>
            {cells.map((cell, index) => (
              <th key={index} scope="col" colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                {cell.text}
              </th>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="col">MS</th>
          {report.columns.map((key) => (
            <th key={key} scope="col">
              {key}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.rows.map((row) => (
          <tr key={row.key} className={row.isTotal ? 'total' : undefined}>
            <th scope="row">{row.label}</th>
            {report.columns.map((key) => (
              <td key={key}>{formatCount(row.values[key] ?? 0)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
