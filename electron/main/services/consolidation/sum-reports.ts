import type { ReportRow, ReportTable } from '../../../../shared/reports/report-types';
import { checkIdentities, identityExpressions } from './identities';

export interface UnitReports {
  code: string;
  name: string;
  reports: ReportTable[];
}

const BIEU_01 = 'bieu-01-tcd';

function sumValues(rows: readonly ReportRow[], columns: readonly string[]): Record<string, number> {
  return Object.fromEntries(
    columns.map((key) => [key, rows.reduce((sum, row) => sum + (row.values[key] ?? 0), 0)]),
  );
}

/** A unit's own line: its report's total row, or the sum of its rows when it has none. */
function unitLine(report: ReportTable): Record<string, number> {
  const total = report.rows.find((row) => row.isTotal === true);
  return total ? { ...total.values } : sumValues(report.rows, report.columns);
}

function withIdentities(report: ReportTable, rows: ReportRow[]): ReportTable {
  return { ...report, rows, identities: checkIdentities(rows, identityExpressions(report)) };
}

/** Biểu 01/TCD upstream: one row per unit (by unit code) and the total row. */
export function consolidateBieu01(units: readonly UnitReports[]): ReportTable | null {
  const tables = units.flatMap((unit) => {
    const table = unit.reports.find((report) => report.reportId === BIEU_01);
    return table ? [{ unit, table }] : [];
  });
  const template = tables[0]?.table;
  if (!template) return null;
  const rows: ReportRow[] = tables.map(({ unit, table }) => ({
    key: unit.code,
    label: unit.name,
    values: unitLine(table),
  }));
  rows.push({ key: 'total', label: 'Tổng cộng', values: sumValues(rows, template.columns), isTotal: true });
  return withIdentities(template, rows);
}

/** Any other report: rows matched by key across units and summed, in the first unit's order. */
export function sumReport(reportId: string, units: readonly UnitReports[]): ReportTable | null {
  const tables = units.flatMap((unit) => unit.reports.filter((report) => report.reportId === reportId));
  const template = tables[0];
  if (!template) return null;
  const order: ReportRow[] = [];
  const byKey = new Map<string, ReportRow[]>();
  for (const table of tables)
    for (const row of table.rows) {
      if (!byKey.has(row.key)) {
        byKey.set(row.key, []);
        order.push(row);
      }
      byKey.get(row.key)!.push(row);
    }
  const rows = order.map((first) => ({
    key: first.key,
    label: first.label,
    values: sumValues(byKey.get(first.key)!, template.columns),
    ...(first.isTotal ? { isTotal: true } : {}),
  }));
  return withIdentities(template, rows);
}

/** The consolidated set: Biểu 01/TCD by unit first, then every other report summed. */
export function consolidateReports(units: readonly UnitReports[]): ReportTable[] {
  const ids = [...new Set(units.flatMap((unit) => unit.reports.map((report) => report.reportId)))];
  const bieu01 = consolidateBieu01(units);
  const others = ids.filter((id) => id !== BIEU_01).map((id) => sumReport(id, units));
  return [bieu01, ...others].filter((report): report is ReportTable => report !== null);
}
