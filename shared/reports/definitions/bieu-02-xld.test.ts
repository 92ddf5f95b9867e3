import { describe, expect, it } from 'vitest';
import { BIEU_02_XLD_COLUMNS, bieu02Xld } from './bieu-02-xld';
import { definitionsFor } from './index';

/** Lays the merged header cells on a grid, as a browser does, and returns how many columns each row fills. */
function filledWidths(header: typeof bieu02Xld.header): number[] {
  const taken: number[] = header.map(() => 0);
  header.forEach((row, rowIndex) => {
    for (const cell of row) {
      for (let r = rowIndex; r < rowIndex + cell.rowSpan; r += 1) taken[r] = (taken[r] ?? 0) + cell.colSpan;
    }
  });
  return taken;
}

describe('Biểu 02/XLD definition', () => {
  it('has 25 numbered columns, each counted by its own measure, and a header 26 columns wide', () => {
    expect(BIEU_02_XLD_COLUMNS).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(bieu02Xld.columns.map((column) => [column.key, column.measure])).toEqual(
      BIEU_02_XLD_COLUMNS.map((key) => [key, `petitions.xld-${key}`]),
    );
    expect(filledWidths(bieu02Xld.header)).toEqual([26, 26, 26, 26]);
  });

  it('states the identities of the form', () => {
    expect(bieu02Xld.identities).toEqual([
      '3 = 4+23',
      '4 = 6+12+19',
      '6 = 7+8',
      '6 = 9+10+11',
      '12 = 13+14',
      '12 = 15+16+17+18',
      '19 = 20+21+22',
      '23 = 24+25',
    ]);
  });

  it('is part of the TT 06/2025 set, after Biểu 01/TCD, and of no older regime', () => {
    expect(definitionsFor('tt06-2025').map((definition) => definition.id)).toEqual([
      'bieu-01-tcd',
      'bieu-02-xld',
      'linh-vuc',
      'huong-xu-ly',
      'ky-tiep',
      'doi-thoai',
      'hang-cho',
    ]);
    for (const regime of ['tt01-2024', 'tt02-2021'] as const)
      expect(definitionsFor(regime).map((definition) => definition.id)).not.toContain('bieu-02-xld');
  });
});
