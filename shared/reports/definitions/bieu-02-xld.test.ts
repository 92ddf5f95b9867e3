import { describe, expect, it } from 'vitest';
import { BIEU_02_XLD_ENGINE_DEFINITION, BIEU_02_XLD_TT06_2025 } from './bieu-02-xld';

/** Lays the merged header cells on a grid, as a browser does, and returns how many columns each row fills. */
function filledWidths(header: typeof BIEU_02_XLD_TT06_2025.header): number[] {
  const taken: number[] = header.map(() => 0);
  header.forEach((row, rowIndex) => {
    for (const cell of row) {
      for (let r = rowIndex; r < rowIndex + cell.rowSpan; r += 1) taken[r] = (taken[r] ?? 0) + cell.colSpan;
    }
  });
  return taken;
}

describe('Biểu 02/XLD definition', () => {
  it('has 25 numbered columns, and a header that fills the unit column plus 25 on every row', () => {
    expect(BIEU_02_XLD_TT06_2025.columns).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(filledWidths(BIEU_02_XLD_TT06_2025.header)).toEqual([26, 26, 26, 26]);
    expect(Object.keys(BIEU_02_XLD_TT06_2025.columnLabels)).toEqual(BIEU_02_XLD_TT06_2025.columns);
  });

  it('states the identities of the form, and every formula column is one of them', () => {
    expect(BIEU_02_XLD_ENGINE_DEFINITION.identities).toEqual([
      '3 = 4+23',
      '4 = 6+12+19',
      '6 = 7+8',
      '6 = 9+10+11',
      '12 = 13+14',
      '12 = 15+16+17+18',
      '19 = 20+21+22',
      '23 = 24+25',
    ]);
    const formulas = BIEU_02_XLD_ENGINE_DEFINITION.columns.flatMap((column) =>
      'formula' in column ? [`${column.key} = ${column.formula}`] : [],
    );
    expect(formulas).toEqual([
      '3 = 4+23',
      '4 = 6+12+19',
      '6 = 7+8',
      '12 = 13+14',
      '19 = 20+21+22',
      '23 = 24+25',
    ]);
    for (const formula of formulas) expect(BIEU_02_XLD_ENGINE_DEFINITION.identities).toContain(formula);
  });
});
