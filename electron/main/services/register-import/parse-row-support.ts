import { expect } from 'vitest';
import { mapHeader } from './header-map';
import { parseRow, type RowResult } from './parse-row';
import { TEST_NOW } from './test-support';
import type { ColumnCode, RegisterImportRow } from './types';

export type Cells = Partial<Record<ColumnCode, string>>;

export const MINIMAL: Cells = {
  ngay_tiep: '05/03/2024 08:30',
  ho_ten: 'Nguyễn Văn An',
  phan_loai: 'Khiếu nại',
  noi_dung: 'Khiếu nại quyết định thu hồi đất',
};

/** Parses one row under a header of column codes (or the captions given), as row 2 of a sheet. */
export function parse(cells: Cells, captions: Partial<Record<ColumnCode, string>> = {}): RowResult {
  const codes = Object.keys(cells) as ColumnCode[];
  const header = mapHeader(
    codes.map((code) => captions[code] ?? code),
    [],
  );
  return parseRow(
    { rowNumber: 2, cells: codes.map((code) => cells[code] ?? '') },
    { columns: header.columns, now: TEST_NOW },
  );
}

export function parsed(cells: Cells): RegisterImportRow {
  const result = parse({ ...MINIMAL, ...cells });
  expect(result.problems).toEqual([]);
  if (result.row === null) throw new Error('row expected');
  return result.row;
}

/** The single error a row gives. */
export function errorOf(
  cells: Cells,
  captions?: Partial<Record<ColumnCode, string>>,
): { column: string | null; message: string } {
  const result = parse({ ...MINIMAL, ...cells }, captions);
  expect(result.row).toBeNull();
  expect(result.problems).toHaveLength(1);
  const [problem] = result.problems;
  expect(problem).toMatchObject({ row: 2, severity: 'error' });
  return { column: problem?.column ?? null, message: problem?.message ?? '' };
}
