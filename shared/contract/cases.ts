import { z } from 'zod';
import { CLASSIFICATIONS } from '../domain/classification';
import { defineCall } from './define';
import { optionalText } from './fields';
import { PersonView } from './persons';
import { VisitView } from './visits';

export const CaseSuggestInput = z.object({
  idNumber: optionalText(20, 'Số giấy tờ'),
  /** The old CMND number read from a card: matches records made with it. */
  oldIdNumber: optionalText(20, 'Số CMND cũ')
    .optional()
    .transform((value) => value ?? null),
  fullName: optionalText(150, 'Họ và tên'),
  communeCode: optionalText(10, 'Mã xã'),
  content: optionalText(10_000, 'Nội dung'),
  limit: z.number().int().min(1).max(20).default(8),
});
export type CaseSuggestInput = z.infer<typeof CaseSuggestInput>;

export const SUGGESTION_REASONS = ['same_id', 'same_name_commune', 'similar_content'] as const;
export const SUGGESTION_REASON_LABELS: Record<(typeof SUGGESTION_REASONS)[number], string> = {
  same_id: 'Cùng số giấy tờ',
  same_name_commune: 'Cùng họ tên, cùng xã',
  similar_content: 'Nội dung tương tự',
};

export const CaseSuggestion = z.object({
  caseId: z.number().int(),
  code: z.string(),
  classification: z.enum(CLASSIFICATIONS),
  summary: z.string(),
  status: z.string(),
  visitCount: z.number().int(),
  lastReceivedAt: z.string(),
  reason: z.enum(SUGGESTION_REASONS),
});
export type CaseSuggestion = z.infer<typeof CaseSuggestion>;

export const ReturningPerson = PersonView.extend({
  visitCount: z.number().int(),
  lastVisitAt: z.string().nullable(),
});
export type ReturningPerson = z.infer<typeof ReturningPerson>;

export const CaseSuggestOutput = z.object({
  persons: z.array(ReturningPerson),
  cases: z.array(CaseSuggestion),
});
export type CaseSuggestOutput = z.infer<typeof CaseSuggestOutput>;

export const CaseDeadlineView = z.object({
  stage: z.enum(['thu_ly', 'giai_quyet']),
  label: z.string(),
  dueOn: z.string(),
  complexDueOn: z.string().nullable(),
  source: z.string(),
});

export const CaseDetail = z.object({
  id: z.number().int(),
  code: z.string(),
  classification: z.enum(CLASSIFICATIONS),
  subject: z.string().nullable(),
  summary: z.string(),
  status: z.string(),
  firstReceivedAt: z.string(),
  acceptedOn: z.string().nullable(),
  deadlines: z.array(CaseDeadlineView),
  visits: z.array(VisitView),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const caseCalls = {
  /** Returning citizens and existing cases that a visit being typed may belong to. */
  'cases:suggest': defineCall({
    input: CaseSuggestInput,
    output: CaseSuggestOutput,
    summary: 'Gợi ý công dân đã đến và vụ việc đã có',
  }),
  /** A case with its visits in order, status, acceptance date and legal deadlines. */
  'cases:get': defineCall({
    input: z.object({ id: z.number().int().positive() }),
    output: CaseDetail,
    summary: 'Xem một vụ việc',
  }),
};
