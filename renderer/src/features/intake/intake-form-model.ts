import type { FieldErrors } from 'react-hook-form';
import { VisitCreateInput } from '../../../../shared/contract/visits';
import type { FieldIssue } from '../../../../shared/contract/envelope';
import type { Classification } from '../../../../shared/domain/classification';

/** What the intake form holds while the officer types (every field a string). */
export interface IntakeValues {
  fullName: string;
  idNumber: string;
  address: string;
  classification: Classification | '';
  content: string;
}

export const EMPTY_INTAKE: IntakeValues = {
  fullName: '',
  idNumber: '',
  address: '',
  classification: '',
  content: '',
};

/** Form field ↔ contract path. */
const FIELD_OF_PATH: Record<string, keyof IntakeValues> = {
  'person.fullName': 'fullName',
  'person.idNumber': 'idNumber',
  'person.address': 'address',
  classification: 'classification',
  content: 'content',
};

/** The contract's input as the form would send it (blank fields become null in the schema). */
export function toContractInput(values: IntakeValues): unknown {
  return {
    person: { fullName: values.fullName, idNumber: values.idNumber, address: values.address },
    classification: values.classification === '' ? undefined : values.classification,
    content: values.content,
  };
}

/** Maps contract issues (from the shared schema here, or from main) onto the form's fields. */
export function issuesToFieldErrors(issues: FieldIssue[]): FieldErrors<IntakeValues> {
  const errors: FieldErrors<IntakeValues> = {};
  for (const issue of issues) {
    const field = FIELD_OF_PATH[issue.path];
    if (field && !errors[field]) errors[field] = { type: 'contract', message: issue.message };
  }
  return errors;
}

/** Validates with the very schema main uses, so the form and main never disagree. */
export function validateIntake(values: IntakeValues): FieldErrors<IntakeValues> {
  const parsed = VisitCreateInput.safeParse(toContractInput(values));
  if (parsed.success) return {};
  return issuesToFieldErrors(
    parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}
