/** One non-empty row of a sheet or CSV file: its number as the officer sees it, and its cells as text. */
export interface TableRow {
  rowNumber: number;
  cells: string[];
}
