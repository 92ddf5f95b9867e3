/**
 * A stable identity for an imported row, so importing the same register twice does not double the visits.
 */
import { hash } from 'node:crypto';
import { isPersonalIdType } from '../../../../shared/domain/cccd';
import { normalizeToneMarks } from '../../../../shared/domain/text-fold';
import { StringMemo } from './string-memo';
import type { RegisterImportRow } from './types';
import { collapseWhitespace } from './whitespace';

/**
 * Tokens seen so far and their normalised form: a register repeats a few thousand words millions of
 * times. Bounded so a file of unusual text cannot grow it without limit.
 */
const toneMarks = new StringMemo(normalizeToneMarks, 50_000);
const SPACE = 0x20;

/**
 * normalizeToneMarks of text whose only whitespace is single spaces, token by token: the same text as
 * normalising it whole, since NFD, NFC and the tone rule never reach across whitespace. All-ASCII tokens
 * have nothing to change, and the text is copied only when a token changes.
 */
function normalizeTokens(text: string): string {
  let changed = '';
  let copied = 0;
  let start = 0;
  let hasNonAscii = false;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : SPACE;
    if (code >= 0x80) hasNonAscii = true;
    if (code !== SPACE) continue;
    if (hasNonAscii) {
      const token = text.slice(start, index);
      const normalized = toneMarks.get(token);
      if (normalized !== token) {
        changed += text.slice(copied, start) + normalized;
        copied = index;
      }
    }
    start = index + 1;
    hasNonAscii = false;
  }
  return copied === 0 ? text : changed + text.slice(copied);
}

/** Text as compared: tone marks in one place (hoà = hòa) and whitespace collapsed, case kept. */
function canonical(value: string | number | null): string | number | null {
  return typeof value === 'string' ? normalizeTokens(collapseWhitespace(value).trim()) : value;
}

/**
 * SHA-256 hex over every field in a fixed order, the row number left out: the same visit on another line
 * (or in a re-saved file) gives the same fingerprint.
 */
export function rowFingerprint(row: Omit<RegisterImportRow, 'rowNumber' | 'fingerprint'>): string {
  const { person } = row;
  const fields = [
    row.receivedAt,
    row.receptionKind,
    row.sessionKey,
    person.fullName,
    person.gender,
    person.birthYear,
    // The same 12-digit number under another name of the paper is the same visit; rows imported when
    // "Số định danh cá nhân" still meant CCCD keep their fingerprints.
    isPersonalIdType(person.idType) ? 'cccd' : person.idType,
    person.idNumber,
    person.address,
    row.headcount,
    row.classification,
    row.subject,
    row.content,
    row.caseKey,
    row.resolvedByBody,
    row.handling,
    row.forwardedTo,
    row.resultTracking,
    row.note,
    row.refusalReason,
    // Added with the channel column: in-person rows keep the fingerprints they had before it existed.
    ...(row.channel === 'truc_tuyen' ? [row.channel] : []),
  ];
  return hash('sha256', JSON.stringify(fields.map(canonical)), 'hex');
}
