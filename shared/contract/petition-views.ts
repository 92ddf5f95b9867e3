import { z } from 'zod';
import { CLASSIFICATIONS } from '../domain/classification';
import {
  COMPETENCES,
  ELIGIBILITIES,
  FORM_SUBJECTS,
  PETITION_LEVELS,
  PETITION_OUTCOMES,
  PETITION_SOURCES,
} from '../domain/petitions';
import { PersonView } from './persons';

/** A petition as the registry lists it; the full record, deadlines and drill-down answers follow. */
export const PetitionView = z.object({
  id: z.number().int(),
  incomingYear: z.number().int(),
  incomingNumber: z.number().int(),
  /** "12/2026". */
  incomingLabel: z.string(),
  receivedOn: z.string(),
  source: z.enum(PETITION_SOURCES),
  isAnonymous: z.boolean(),
  /** Senders' names, joined; the confidentiality placeholder for a tố cáo. */
  senderNames: z.string(),
  isIdentityMasked: z.boolean(),
  classification: z.enum(CLASSIFICATIONS),
  formSubject: z.enum(FORM_SUBJECTS),
  level: z.enum(PETITION_LEVELS).nullable(),
  content: z.string(),
  caseId: z.number().int().nullable(),
  caseCode: z.string().nullable(),
  duplicateOf: z.number().int().nullable(),
  eligibility: z.enum(ELIGIBILITIES).nullable(),
  competence: z.enum(COMPETENCES).nullable(),
  outcome: z.enum(PETITION_OUTCOMES).nullable(),
  forwardedTo: z.string().nullable(),
  handledOn: z.string().nullable(),
  /** The handling deadline (TT 05/2021), under the rule in force on the day received. */
  dueOn: z.string().nullable(),
});
export type PetitionView = z.infer<typeof PetitionView>;

export const PetitionStepView = z.object({
  id: z.number().int(),
  decidedOn: z.string(),
  eligibility: z.enum(ELIGIBILITIES),
  ineligibleReason: z.string().nullable(),
  competence: z.enum(COMPETENCES).nullable(),
  outcome: z.enum(PETITION_OUTCOMES),
  forwardedTo: z.string().nullable(),
  officerName: z.string(),
});

export const PetitionReplyView = z.object({
  id: z.number().int(),
  receivedOn: z.string(),
  fromBody: z.string(),
  reference: z.string().nullable(),
  summary: z.string(),
});

export const PetitionAttachmentView = z.object({
  id: z.number().int(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
});

export const PetitionDetail = PetitionView.extend({
  sourceBody: z.string().nullable(),
  subject: z.string().nullable(),
  senders: z.array(PersonView),
  ineligibleReason: z.string().nullable(),
  handledByName: z.string().nullable(),
  note: z.string().nullable(),
  createdByName: z.string(),
  steps: z.array(PetitionStepView),
  replies: z.array(PetitionReplyView),
  attachments: z.array(PetitionAttachmentView),
});
export type PetitionDetail = z.infer<typeof PetitionDetail>;

export const PetitionDeadlineView = PetitionView.extend({
  daysLeft: z.number().int(),
});

export const PetitionDeadlinesOutput = z.object({
  today: z.string(),
  /** Days before the deadline a petition is listed as due soon. */
  soonDays: z.number().int(),
  overdue: z.array(PetitionDeadlineView),
  dueSoon: z.array(PetitionDeadlineView),
});
export type PetitionDeadlinesOutput = z.infer<typeof PetitionDeadlinesOutput>;
