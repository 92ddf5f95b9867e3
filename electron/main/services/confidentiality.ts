import type { PersonInput, PersonView } from '../../../shared/contract/persons';
import type { VisitDetail, VisitInput, VisitView } from '../../../shared/contract/visits';
import type { UserRole } from '../../../shared/domain/classification';

/**
 * Luật Tố cáo Art. 9, 47: a denouncer's name, address, identity papers and contact are confidential.
 * Every visit about a tố cáo is shown with the identity hidden; a leader or administrator may reveal
 * one visit deliberately (with a reason, audited). Masking is applied by main before anything leaves it.
 */
export const MASKED_NAME = 'Người tố cáo (thông tin được bảo mật)';

/** Roles that may reveal a denouncer's identity, one visit at a time, with a logged reason. */
export function canReveal(role: UserRole | undefined): boolean {
  return role === undefined || role === 'leader' || role === 'admin';
}

/** Whether a role may see that a named person made a denunciation at all (search, suggestions). */
export function mayFindDenouncers(role: UserRole | undefined): boolean {
  return canReveal(role);
}

export function maskPerson(person: PersonView): PersonView {
  return {
    ...person,
    fullName: MASKED_NAME,
    gender: null,
    birthYear: null,
    idType: null,
    idNumber: null,
    oldIdNumber: null,
    phone: null,
    provinceCode: null,
    communeCode: null,
    address: null,
    fullAddress: null,
  };
}

export function maskVisitView(view: VisitView): VisitView {
  if (view.classification !== 'to_cao') return view;
  return { ...view, fullName: MASKED_NAME, idNumber: null, address: null, isIdentityMasked: true };
}

export function maskVisitDetail(detail: VisitDetail): VisitDetail {
  if (detail.classification !== 'to_cao') return detail;
  return {
    ...detail,
    ...maskVisitView(detail),
    person: maskPerson(detail.person),
    representatives: detail.representatives.map(maskPerson),
  };
}

/** A stored person as the input that saves it unchanged (an edit keeps a hidden identity this way). */
export function storedPersonInput(person: PersonView): PersonInput {
  return {
    fullName: person.fullName,
    gender: person.gender,
    birthYear: person.birthYear,
    idType: person.idType,
    idNumber: person.idNumber,
    oldIdNumber: person.oldIdNumber,
    phone: person.phone,
    provinceCode: person.provinceCode,
    communeCode: person.communeCode,
    address: person.address,
  };
}

/**
 * An edit of a tố cáo sent from a masked form carries the placeholder, not the identity: the stored
 * identity is kept. A leader or administrator who revealed the visit may change it.
 */
export function keepHiddenIdentity(
  input: VisitInput,
  stored: VisitDetail,
  role: UserRole | undefined,
): VisitInput {
  if (stored.classification !== 'to_cao') return input;
  if (canReveal(role) && input.person.fullName !== MASKED_NAME) return input;
  return {
    ...input,
    person: storedPersonInput(stored.person),
    representatives: stored.representatives.map(storedPersonInput),
    idWarningsAccepted: stored.idCheckOverrides,
  };
}
