import type { HeaderCell, ReportPeriod, ReportTable } from '../../../../shared/reports/report-types';

/** A header cell with its place in the grid (0-based), after rowSpan/colSpan are resolved. */
export interface PlacedCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/**
 * Places merged header cells the way an HTML table does: each cell takes the first column of its row
 * not already covered by a cell spanning down from a row above.
 */
export function placeHeader(header: readonly HeaderCell[][]): PlacedCell[] {
  const taken = new Set<string>();
  const placed: PlacedCell[] = [];
  header.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (taken.has(`${row}:${col}`)) col += 1;
      placed.push({ text: cell.text, row, col, rowSpan: cell.rowSpan, colSpan: cell.colSpan });
      for (let r = row; r < row + cell.rowSpan; r += 1)
        for (let c = col; c < col + cell.colSpan; c += 1) taken.add(`${r}:${c}`);
      col += cell.colSpan;
    }
  });
  return placed;
}

/** 'yyyy-mm-dd' → 'dd/mm/yyyy'. */
export function displayDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** The form's own line under the title. */
export function periodLine(period: ReportPeriod): string {
  return `Số liệu tính từ ngày ${displayDate(period.from)} đến ngày ${displayDate(period.to)}`;
}

/** Columns in the printed table: the label column ("Đơn vị") then the data columns. */
export function tableWidth(report: ReportTable): number {
  return report.columns.length + 1;
}

/** A report's data cell, 0 when the engine left it out. */
export function valueOf(values: Record<string, number>, column: string): number {
  return values[column] ?? 0;
}
