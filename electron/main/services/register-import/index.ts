/**
 * Parsing and validation half of "import an existing register": file → clean rows + per-row problems.
 * The database half consumes `parseRegisterFile`'s result.
 */
export { parseRegisterFile, type ParseRegisterOptions, type RegisterFileResult } from './parse-register-file';
export { readTable, MAX_FILE_BYTES, type ReadTableResult, type TableRow } from './read-table';
export { mapHeader, matchHeader, findHeaderRow, COLUMN_CAPTIONS, type HeaderMap } from './header-map';
export { parseRow, type RowContext, type RowResult } from './parse-row';
export { rowFingerprint } from './fingerprint';
export {
  COLUMN_CODES,
  REQUIRED_COLUMNS,
  type ColumnCode,
  type ImportIdType,
  type ImportProblem,
  type RegisterImportRow,
} from './types';
