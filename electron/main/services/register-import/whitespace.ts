/**
 * Whitespace collapsing for the import's hot paths, which see every cell of a register: most cells hold
 * only single spaces, and those are returned as they are rather than rebuilt.
 */

/** Whitespace other than a space, or a space followed by more whitespace: something to collapse. */
const NEEDS_COLLAPSE = /[^\S ]| \s/;
const RUNS_TO_COLLAPSE = /\s\s+|[^\S ]/g;

/** Every run of whitespace (spaces, tabs, line breaks, no-break spaces...) made a single space. */
export function collapseWhitespace(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(RUNS_TO_COLLAPSE, ' ') : text;
}
