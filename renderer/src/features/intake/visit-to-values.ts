import type { PersonView } from '../../../../shared/contract/persons';
import type { VisitDetail } from '../../../../shared/contract/visits';
import { emptyIntake, type IntakeValues, type LinkedCase, type PersonValues } from './intake-values';

/** A stored person as the form's citizen fields (also used by "Dùng thông tin này"). */
export function personToValues(person: Omit<PersonView, 'id' | 'fullAddress'>): PersonValues {
  return {
    fullName: person.fullName,
    gender: person.gender ?? '',
    birthYear: person.birthYear === null ? '' : String(person.birthYear),
    idType: person.idType ?? '',
    idNumber: person.idNumber ?? '',
    oldIdNumber: person.oldIdNumber ?? '',
    phone: person.phone ?? '',
    provinceCode: person.provinceCode ?? '',
    communeCode: person.communeCode ?? '',
    address: person.address ?? '',
  };
}

/** A stored visit as the intake form's values, for editing; the warnings confirmed then stay confirmed. */
export function visitToValues(visit: VisitDetail): IntakeValues {
  const empty = emptyIntake();
  const representatives = visit.representatives.map(personToValues);
  const paths = ['person', ...representatives.map((_, index) => `representatives.${index}`)];
  return {
    ...empty,
    receivedAt: visit.receivedAt.slice(0, 16),
    isTimeSet: true,
    receivedAtOriginal: visit.receivedAt.slice(0, 19),
    backEntryReason: visit.backEntryReason ?? '',
    receptionKind: visit.receptionKind,
    channel: visit.channel,
    meetingRef: visit.meetingRef ?? '',
    sessionId: visit.sessionId === null ? '' : String(visit.sessionId),
    person: personToValues(visit.person),
    headcount: String(visit.headcount),
    representatives,
    classification: visit.classification,
    subject: visit.subject ?? '',
    content: visit.content,
    documents: visit.documents.map((doc) => ({
      name: doc.name,
      pages: doc.pages === null ? '' : String(doc.pages),
      copyKind: doc.isOriginal ? 'original' : 'copy',
      condition: doc.condition ?? '',
    })),
    resolvedByBody: visit.resolvedByBody ?? '',
    handling: visit.handling ?? '',
    forwardedTo: visit.forwardedTo ?? '',
    resultTracking: visit.resultTracking ?? '',
    note: visit.note ?? '',
    refusalReason: visit.refusalReason ?? '',
    acceptedWarnings: paths.flatMap((path) => visit.idCheckOverrides.map((code) => `${path}:${code}`)),
  };
}

export function linkedCaseOf(visit: VisitDetail): LinkedCase {
  return { id: visit.caseId, code: visit.caseCode };
}
