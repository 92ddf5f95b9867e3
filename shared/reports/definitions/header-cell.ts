import type { HeaderCell } from '../report-types';

/** A header cell as the annex draws it: text spanning `colSpan` columns and `rowSpan` header rows. */
export function cell(text: string, colSpan = 1, rowSpan = 1): HeaderCell {
  return { text, colSpan, rowSpan };
}
