/**
 * A stable identity for an imported row, so importing the same register twice does not double the visits.
 */
import { createHash } from 'node:crypto';
import { normalizeToneMarks } from '../../../../shared/domain/text-fold';
import type { RegisterImportRow } from './types';

/** Text as compared: tone marks in one place (hoà = hòa) and whitespace collapsed, case kept. */
function canonical(value: string | number | null): string | number | null {
  return typeof value === 'string' ? normalizeToneMarks(value).replace(/\s+/g, ' ').trim() : value;
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
    person.idType,
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
  ];
  return createHash('sha256')
    .update(JSON.stringify(fields.map(canonical)))
    .digest('hex');
}
