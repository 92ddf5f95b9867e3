import type { DrillRecord } from '../../../../shared/contract/reports';

/**
 * The records for `ids` in the order the ids come (the order a figure lists them), one per row found;
 * an id whose row is gone is left out.
 */
export function inIdOrder<Row extends { id: number }>(
  ids: readonly number[],
  rows: readonly Row[],
  toRecord: (row: Row) => DrillRecord,
): DrillRecord[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row === undefined ? [] : [toRecord(row)];
  });
}
