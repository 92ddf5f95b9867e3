import type { IdentityCheck, ReportRow, ReportTable } from '../../../../shared/reports/report-types';

/** "1 = 5+11+17" or "6 = 7+8 = 9+10+11": each side a sum of column keys. */
function sides(expression: string): string[][] {
  return expression.split('=').map((side) =>
    side
      .split('+')
      .map((term) => term.trim())
      .filter((term) => term !== ''),
  );
}

function sumOf(row: ReportRow, columns: readonly string[]): number {
  return columns.reduce((sum, key) => sum + (row.values[key] ?? 0), 0);
}

/** The distinct identity expressions a report declares (the same on every row). */
export function identityExpressions(report: Pick<ReportTable, 'identities'>): string[] {
  return [...new Set(report.identities.map((check) => check.expression))];
}

/** Recomputes every declared identity on every row from the values themselves. */
export function checkIdentities(rows: readonly ReportRow[], expressions: readonly string[]): IdentityCheck[] {
  return rows.flatMap((row) =>
    expressions.map((expression) => {
      const [first = [], ...rest] = sides(expression);
      const left = sumOf(row, first);
      const rights = rest.map((side) => sumOf(row, side));
      const right = rights.find((value) => value !== left) ?? rights[0] ?? left;
      return { rowKey: row.key, expression, left, right, holds: rights.every((value) => value === left) };
    }),
  );
}

/** The first identity that fails, described for the officer; null when all hold. */
export function firstBrokenIdentity(report: ReportTable): string | null {
  const broken = checkIdentities(report.rows, identityExpressions(report)).find((check) => !check.holds);
  if (!broken) return null;
  const row = report.rows.find((candidate) => candidate.key === broken.rowKey);
  return `${report.formCode}, dòng "${row?.label ?? broken.rowKey}": công thức ${broken.expression} không đúng (${broken.left} ≠ ${broken.right})`;
}
