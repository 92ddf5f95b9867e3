import { set, type FieldErrors } from 'react-hook-form';
import type { FieldIssue } from '../../../../shared/contract/envelope';
import { VisitInput } from '../../../../shared/contract/visits';
import { acceptedCodes, checkPersonId, personsOf, type IdWarning } from './id-checks';
import { needsBackEntryReason, type IntakeValues, type PersonValues } from './intake-values';

/** What travels with the values but is not typed into a field. */
export interface SaveContext {
  caseId: number | null;
  /** Warnings main raised that the local check does not know (confirmed like the local ones). */
  serverWarnings: IdWarning[];
}

const NO_CONTEXT: SaveContext = { caseId: null, serverWarnings: [] };

function numberOrNull(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

function toPersonInput(person: PersonValues) {
  const hasNumber = person.idNumber.trim() !== '';
  return {
    fullName: person.fullName,
    gender: person.gender,
    birthYear: numberOrNull(person.birthYear),
    // A document type without a number says nothing; "khong_co" is kept, it is a fact.
    idType: hasNumber || person.idType === 'khong_co' ? person.idType : '',
    idNumber: person.idNumber,
    oldIdNumber: person.oldIdNumber,
    phone: person.phone,
    provinceCode: person.provinceCode,
    communeCode: person.communeCode,
    address: person.address,
  };
}

/** Every ID warning currently on the form: the live checks plus main's own. */
export function allWarnings(values: IntakeValues, serverWarnings: IdWarning[]): IdWarning[] {
  const local = personsOf(values).flatMap(({ path, person }) => checkPersonId(person, path).warnings);
  return [...local, ...serverWarnings.filter((s) => !local.some((w) => w.key === s.key))];
}

/** The contract's input as the form would send it (the shared schema turns blanks into null). */
export function toContractInput(values: IntakeValues, context: SaveContext = NO_CONTEXT): unknown {
  const original = values.receivedAtOriginal;
  const receivedAt = !values.isTimeSet
    ? null
    : original !== '' && original.startsWith(values.receivedAt)
      ? original.slice(0, 19)
      : values.receivedAt;
  return {
    receivedAt,
    backEntryReason: values.backEntryReason,
    receptionKind: values.receptionKind,
    channel: values.channel,
    meetingRef: values.channel === 'truc_tuyen' ? values.meetingRef : '',
    sessionId: values.receptionKind === 'thuong_xuyen' ? null : numberOrNull(values.sessionId),
    person: toPersonInput(values.person),
    representatives: values.representatives.map(toPersonInput),
    headcount: values.headcount.trim() === '' ? undefined : Number(values.headcount),
    classification: values.classification === '' ? undefined : values.classification,
    subject: values.subject,
    content: values.content,
    documents: values.documents.map((doc) => ({
      name: doc.name,
      pages: numberOrNull(doc.pages),
      isOriginal: doc.copyKind === 'original',
      condition: doc.condition,
    })),
    resolvedByBody: values.resolvedByBody,
    handling: values.handling,
    forwardedTo: values.handling === 'chuyen_don' ? values.forwardedTo : '',
    resultTracking: values.resultTracking,
    note: values.note,
    refusalReason: values.refusalReason,
    caseId: context.caseId,
    idWarningsAccepted: acceptedCodes(allWarnings(values, context.serverWarnings), values.acceptedWarnings),
  };
}

const FIELD_PATHS = [
  /^(receivedAt|backEntryReason|receptionKind|channel|meetingRef|sessionId|headcount|classification|subject|content)$/,
  /^(resolvedByBody|handling|forwardedTo|resultTracking|note|refusalReason)$/,
  /^(person|representatives\.\d+)\.(fullName|gender|birthYear|idType|idNumber|oldIdNumber|phone|provinceCode|communeCode|address)$/,
  /^documents\.\d+\.(name|pages|condition)$/,
];

/** The form field a contract path points at, or null when no field shows it. */
export function fieldOfPath(path: string): string | null {
  if (/^documents\.\d+\.isOriginal$/.test(path)) return path.replace('isOriginal', 'copyKind');
  if (/^(person|representatives\.\d+)$/.test(path)) return `${path}.fullName`;
  if (path === 'representatives') return 'headcount';
  return FIELD_PATHS.some((pattern) => pattern.test(path)) ? path : null;
}

/** Maps contract issues (the shared schema's here, or main's) onto nested form errors; first issue wins. */
export function issuesToFieldErrors(issues: FieldIssue[]): FieldErrors<IntakeValues> {
  const errors: FieldErrors<IntakeValues> = {};
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (field && !pathHasError(errors, field))
      set(errors, field, { type: 'contract', message: issue.message });
  }
  return errors;
}

function pathHasError(errors: FieldErrors<IntakeValues>, path: string): boolean {
  let node: unknown = errors;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== undefined;
}

export const ASCII_NAME_MESSAGE =
  'Máy quét gửi họ tên không dấu: hãy gõ lại họ tên có dấu đúng như trên thẻ, hoặc đánh dấu "Họ tên đúng là không dấu".';

/** True while a name the scanner stripped of diacritics is still unchecked. */
export function isAsciiNameUnchecked(values: IntakeValues): boolean {
  return (
    values.scannedAsciiName !== '' &&
    !values.isAsciiNameConfirmed &&
    values.person.fullName.trim() === values.scannedAsciiName
  );
}

export const BACK_ENTRY_MESSAGE = 'Lượt tiếp của ngày trước: hãy ghi lý do nhập bổ sung.';
export const CONFIRM_WARNINGS_MESSAGE =
  'Số giấy tờ có cảnh báo: hãy kiểm tra lại, nếu đúng thì đánh dấu "Tôi đã kiểm tra, vẫn lưu".';

/** Checks only the form makes: back-entry reason, ID format by type, ID warnings not yet confirmed. */
function formIssues(values: IntakeValues, context: SaveContext, today?: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (needsBackEntryReason(values, today) && values.backEntryReason.trim() === '') {
    issues.push({ path: 'backEntryReason', message: BACK_ENTRY_MESSAGE });
  }
  if (isAsciiNameUnchecked(values)) issues.push({ path: 'person.fullName', message: ASCII_NAME_MESSAGE });
  const warnings = allWarnings(values, context.serverWarnings);
  for (const { path, person } of personsOf(values)) {
    const check = checkPersonId(person, path);
    const firstError = check.errors[0];
    const isUnconfirmed = warnings.some(
      (w) => w.personPath === path && !values.acceptedWarnings.includes(w.key),
    );
    if (firstError) issues.push({ path: `${path}.idNumber`, message: firstError.message });
    else if (isUnconfirmed) issues.push({ path: `${path}.idNumber`, message: CONFIRM_WARNINGS_MESSAGE });
  }
  return issues;
}

/** Validates with the very schema main uses, plus the form's own checks, so the two never disagree. */
export function validateIntake(
  values: IntakeValues,
  context: SaveContext = NO_CONTEXT,
  today?: string,
): FieldErrors<IntakeValues> {
  const parsed = VisitInput.safeParse(toContractInput(values, context));
  const schemaIssues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
  return issuesToFieldErrors([...schemaIssues, ...formIssues(values, context, today)]);
}
