/**
 * What every answer of the HTTP host must look like, whatever was sent: an allowed status, a JSON
 * envelope, a known error code with a Vietnamese message, or a value that passes the call's output schema.
 */
import type { z } from 'zod';
import { ERROR_CODES } from '../../../shared/contract/envelope';
import type { RawReply } from './wire';

/** Statuses the host may answer with; anything else (500, a proxy-like 502…) is a bug. */
export const ALLOWED_STATUSES: ReadonlySet<number> = new Set([200, 400, 401, 403, 404, 405, 413]);

const VIETNAMESE_MARKED_LETTERS =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ' +
  'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';

/** True when the text has at least one Vietnamese letter with a diacritic (NFC or NFD input). */
export function hasVietnameseLetter(text: string): boolean {
  for (const char of text.normalize('NFC')) if (VIETNAMESE_MARKED_LETTERS.includes(char)) return true;
  return false;
}

interface ErrorBody {
  code?: unknown;
  message?: unknown;
}

function errorProblems(error: ErrorBody | undefined): string[] {
  if (error === undefined || error === null || typeof error !== 'object')
    return ['ok: false without an error object'];
  const problems: string[] = [];
  if (!(ERROR_CODES as readonly unknown[]).includes(error.code))
    problems.push(`unknown error code ${String(error.code)}`);
  if (typeof error.message !== 'string' || error.message.trim() === '') problems.push('empty error message');
  else if (!hasVietnameseLetter(error.message)) problems.push(`message not in Vietnamese: ${error.message}`);
  if (error.code === 'INTERNAL') problems.push('INTERNAL: a handler threw on this input');
  return problems;
}

/**
 * Everything wrong with one reply (empty when it is fine). `output` is the call's output schema, or null
 * when the request was not a known call.
 */
export function replyProblems(reply: RawReply, output: z.ZodType | null): string[] {
  if (!ALLOWED_STATUSES.has(reply.status)) return [`HTTP ${reply.status}: ${reply.text.slice(0, 300)}`];
  if (!reply.contentType.startsWith('application/json')) return [`content type "${reply.contentType}"`];
  let body: { ok?: unknown; value?: unknown; error?: ErrorBody };
  try {
    body = JSON.parse(reply.text) as typeof body;
  } catch {
    return [`body is not JSON: ${reply.text.slice(0, 300)}`];
  }
  if (body === null || typeof body !== 'object' || typeof body.ok !== 'boolean') {
    return [`no boolean ok in ${reply.text.slice(0, 300)}`];
  }
  if (!body.ok) return errorProblems(body.error);
  if (reply.status !== 200) return [`ok: true with HTTP ${reply.status}`];
  if (output === null) return ['ok: true for a request that names no call'];
  const checked = output.safeParse(body.value);
  return checked.success
    ? []
    : [`value does not match the output schema: ${checked.error.message.slice(0, 500)}`];
}

/** The error code of a reply, or null when it succeeded or is not an envelope. */
export function errorCodeOf(reply: RawReply): string | null {
  try {
    const body = JSON.parse(reply.text) as { ok?: boolean; error?: { code?: string } };
    return body.ok === false ? (body.error?.code ?? null) : null;
  } catch {
    return null;
  }
}

const ORIGINAL_PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Keys some payload managed to add to Object.prototype (should always be empty). */
export function prototypePollution(): string[] {
  const keys = Object.getOwnPropertyNames(Object.prototype).filter(
    (key) => !ORIGINAL_PROTOTYPE_KEYS.has(key),
  );
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined) keys.push('polluted (inherited)');
  return keys;
}
