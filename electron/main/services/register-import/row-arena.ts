import type { TableRow } from './table-row';

/** Size of each block of the arena; a row larger than this gets a block of its own. */
const BLOCK_BYTES = 4 * 1024 * 1024;
/** Separates cells: XML (so a workbook) cannot hold a NUL character. */
const CELL_SEPARATOR = '\u0000';

/**
 * Rows of a workbook kept as UTF-8 bytes in a few large blocks, each row decoded when asked for. Held as
 * JavaScript strings (two bytes a Vietnamese letter, plus a header per cell), the 100,000 rows of a
 * 13 MB register took about 200 MB of heap; as bytes they take about the size of their text.
 */
export class RowArena {
  private readonly blocks: Buffer[] = [];
  private used = BLOCK_BYTES;
  private rows = 0;
  private blockOf = new Uint32Array(1024);
  private startOf = new Uint32Array(1024);
  private endOf = new Uint32Array(1024);
  private numberOf = new Uint32Array(1024);

  get count(): number {
    return this.rows;
  }

  /** Adds a row; its cells must not contain a NUL character (a workbook's cannot). */
  push(row: TableRow): void {
    const text = row.cells.join(CELL_SEPARATOR);
    const size = Buffer.byteLength(text, 'utf8');
    let block = this.blocks.at(-1);
    if (block === undefined || this.used + size > block.length) {
      block = Buffer.allocUnsafe(Math.max(BLOCK_BYTES, size));
      this.blocks.push(block);
      this.used = 0;
    }
    if (this.rows === this.blockOf.length) this.grow();
    this.blockOf[this.rows] = this.blocks.length - 1;
    this.startOf[this.rows] = this.used;
    this.used += block.write(text, this.used, 'utf8');
    this.endOf[this.rows] = this.used;
    this.numberOf[this.rows] = row.rowNumber;
    this.rows += 1;
  }

  /** Row `at` (0 … count - 1), decoded. */
  row(at: number): TableRow {
    const block = this.blocks[this.blockOf[at] as number] as Buffer;
    const text = block.toString('utf8', this.startOf[at], this.endOf[at]);
    return { rowNumber: this.numberOf[at] as number, cells: text.split(CELL_SEPARATOR) };
  }

  private grow(): void {
    const size = this.rows * 2;
    const grown = (array: Uint32Array) => {
      const next = new Uint32Array(size);
      next.set(array);
      return next;
    };
    this.blockOf = grown(this.blockOf);
    this.startOf = grown(this.startOf);
    this.endOf = grown(this.endOf);
    this.numberOf = grown(this.numberOf);
  }
}
