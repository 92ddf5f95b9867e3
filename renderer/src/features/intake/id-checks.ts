import type { FieldIssue } from '../../../../shared/contract/envelope';
import { checkIdNumber, type IdIssue } from '../../../../shared/domain/cccd';
import type { IdType } from '../../../../shared/domain/classification';
import type { IntakeValues, PersonValues } from './intake-values';

/** A warning on one person's ID number, keyed so each can be confirmed on its own. */
export interface IdWarning extends IdIssue {
  /** `person:code` or `representatives.N:code`. */
  key: string;
  /** `person` or `representatives.N`. */
  personPath: string;
}

export interface PersonIdCheck {
  errors: IdIssue[];
  warnings: IdWarning[];
}

function parseYear(text: string): number | null {
  const year = Number(text);
  return text.trim() !== '' && Number.isInteger(year) ? year : null;
}

/**
 * The document type when the officer left it on "tự nhận biết": read from the number the way main does
 * (12 digits CCCD, 9 digits CMND, letters a passport, anything else checked as a CCCD).
 */
export function inferIdType(idNumber: string): IdType {
  const trimmed = idNumber.trim();
  if (/^\d{12}$/.test(trimmed)) return 'cccd';
  if (/^\d{9}$/.test(trimmed)) return 'cmnd';
  return /[A-Za-z]/.test(trimmed) ? 'ho_chieu' : 'cccd';
}

/**
 * The live check of one person's ID number, as main will run it. A blank number is not an error at the
 * desk (the citizen may have no papers with them), so `missing` is dropped.
 */
export function checkPersonId(person: PersonValues, personPath: string): PersonIdCheck {
  if (person.idNumber.trim() === '' && person.idType !== 'khong_co') return { errors: [], warnings: [] };
  const check = checkIdNumber({
    idType: person.idType === '' ? inferIdType(person.idNumber) : person.idType,
    idNumber: person.idNumber,
    birthYear: parseYear(person.birthYear),
    gender: person.gender === '' ? null : person.gender,
  });
  return {
    errors: check.errors.filter((issue) => issue.code !== 'missing'),
    warnings: check.warnings.map((issue) => ({ ...issue, personPath, key: `${personPath}:${issue.code}` })),
  };
}

/** Every person on the form with its path: the main person first, then the other representatives. */
export function personsOf(values: IntakeValues): { path: string; person: PersonValues }[] {
  return [
    { path: 'person', person: values.person },
    ...values.representatives.map((person, index) => ({ path: `representatives.${index}`, person })),
  ];
}

/** Warnings main raised (NEEDS_CONFIRMATION) that the local check does not know about. */
export type ServerWarnings = IdWarning[];

/** `person.idNumber` → `person`; `representatives.2.idNumber` → `representatives.2`. */
export function personPathOf(issuePath: string): string | null {
  const match = /^(person|representatives\.\d+)(\.|$)/.exec(issuePath);
  return match?.[1] ?? null;
}

/**
 * Turns main's NEEDS_CONFIRMATION issues into warnings. The issue carries no warning code, so the code is
 * taken from the local check when the message is the same one; otherwise the message stands for it.
 */
export function warningsFromIssues(issues: FieldIssue[], values: IntakeValues): IdWarning[] {
  const local = personsOf(values).flatMap(({ path, person }) => checkPersonId(person, path).warnings);
  const warnings: IdWarning[] = [];
  for (const issue of issues) {
    const personPath = personPathOf(issue.path) ?? 'person';
    const issueCode = (issue as FieldIssue & { code?: unknown }).code;
    const known = local.find((w) => w.personPath === personPath && w.message === issue.message);
    const code = typeof issueCode === 'string' ? issueCode : (known?.code ?? issue.message.slice(0, 40));
    warnings.push({ code, message: issue.message, personPath, key: `${personPath}:${code}` });
  }
  return warnings;
}

/**
 * The codes to send as `idWarningsAccepted`: a code counts as accepted only when every warning with that
 * code, on every person, has been confirmed.
 */
export function acceptedCodes(warnings: IdWarning[], accepted: readonly string[]): string[] {
  const codes = new Set(warnings.map((warning) => warning.code));
  return [...codes].filter((code) =>
    warnings.filter((w) => w.code === code).every((w) => accepted.includes(w.key)),
  );
}
