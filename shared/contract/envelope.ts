/** Every call answers with this envelope, on every transport. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CALL',
  'MALFORMED_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  /** The input is valid but has warnings the officer must confirm (ID checks). */
  'NEEDS_CONFIRMATION',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, for example `person.fullName`. */
  path: string;
  /** What is wrong and what to do, in Vietnamese. */
  message: string;
  /** Stable code of the finding when there is one (ID-check warnings: `birth_year_mismatch`…). */
  code?: string;
}

export interface CallError {
  code: ErrorCode;
  /** A sentence an officer can act on, in Vietnamese. */
  message: string;
  issues?: FieldIssue[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** An error a service raises on purpose; the registry passes its code and message through. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}
