/**
 * A bounded memo for string functions the import calls once per cell, where a register repeats the same
 * few thousand values. Kept strings are copies: V8 keeps a substring as a pointer into the string it was
 * cut from, so a cell kept as is would hold the whole file's text in memory after the import.
 */

/** A fresh copy of `text`, sharing no storage with the string it was cut from. */
function detach(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/** Results of `compute` by argument; forgets everything once `limit` arguments are kept. */
export class StringMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    private readonly compute: (text: string) => V,
    private readonly limit: number,
  ) {}

  get(text: string): V {
    const known = this.entries.get(text);
    if (known !== undefined || this.entries.has(text)) return known as V;
    const value = this.compute(text);
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(detach(text), typeof value === 'string' ? (detach(value) as V) : value);
    return value;
  }
}
