import { describe, expect, it } from 'vitest';
import { RowArena } from './row-arena';

describe('RowArena', () => {
  it('gives back every row as pushed, across blocks, with a row larger than a block', () => {
    const arena = new RowArena();
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      rowNumber: i + 2,
      cells: [`Nguyễn Thị Hường ${i}`, '', `Khiếu nại ${'đất '.repeat(i % 300)}`, '001085012345'],
    }));
    rows[2500] = { rowNumber: 2502, cells: ['Lê Văn Dài', 'ệ'.repeat(2_000_000)] };
    for (const row of rows) arena.push(row);
    expect(arena.count).toBe(5000);
    expect([4999, 0, 2500, 2501, 1234].map((at) => arena.row(at))).toEqual(
      [4999, 0, 2500, 2501, 1234].map((at) => rows[at]),
    );
    expect(Array.from({ length: arena.count }, (_, at) => arena.row(at))).toEqual(rows);
  });

  it('keeps a row of one empty cell apart from a row of two', () => {
    const arena = new RowArena();
    arena.push({ rowNumber: 1, cells: [''] });
    arena.push({ rowNumber: 2, cells: ['', ''] });
    expect([arena.row(0).cells, arena.row(1).cells]).toEqual([[''], ['', '']]);
  });
});
