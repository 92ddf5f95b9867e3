import { z } from 'zod';
import { CLASSIFICATIONS } from '../domain/classification';
import { parseIsoDate } from '../domain/periods/iso-date';
import {
  allowedOutcomes,
  COMPETENCES,
  ELIGIBILITIES,
  FORM_SUBJECT_LABELS,
  FORM_SUBJECTS,
  FORM_SUBJECTS_BY_CLASSIFICATION,
  LEVELS_BY_CLASSIFICATION,
  PETITION_LEVELS,
  PETITION_OUTCOME_LABELS,
  PETITION_OUTCOMES,
  PETITION_SOURCES,
} from '../domain/petitions';
import { SUBJECT_CODES } from '../domain/subjects';
import { defineCall } from './define';
import { choice, nullableChoice, optionalText, requiredText } from './fields';
import { PersonInput } from './persons';
import { PetitionDeadlinesOutput, PetitionDetail, PetitionView } from './petition-views';

export * from './petition-views';

/** Largest scanned attachment accepted (a multi-page scan at 300 dpi stays well under). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** A calendar date yyyy-mm-dd that exists. */
export function isoDate(label: string) {
  return z
    .string({ error: `Hãy nhập ${label.toLowerCase()}.` })
    .refine((value) => parseIsoDate(value) !== null, {
      error: `${label} không hợp lệ; hãy chọn ngày theo dạng dd/mm/yyyy.`,
    });
}

/** A petition as registered (số đến is given by main, in order of registration within the year). */
export const PetitionInput = z
  .object({
    receivedOn: isoDate('Ngày nhận đơn'),
    source: choice(PETITION_SOURCES, 'Nguồn đơn'),
    sourceBody: optionalText(300, 'Cơ quan chuyển đến'),
    isAnonymous: z.boolean().default(false),
    senders: z.array(PersonInput).max(10, { error: 'Một đơn ghi tối đa 10 người đứng đơn.' }).default([]),
    classification: choice(CLASSIFICATIONS, 'Phân loại đơn'),
    formSubject: choice(FORM_SUBJECTS, 'Lĩnh vực theo biểu 02/XLD'),
    subject: nullableChoice(SUBJECT_CODES, 'Lĩnh vực chi tiết'),
    level: nullableChoice(PETITION_LEVELS, 'Lần khiếu nại, tố cáo'),
    content: requiredText(10_000, 'Nội dung đơn'),
    caseId: z
      .number()
      .int()
      .positive()
      .nullish()
      .transform((value) => value ?? null),
    note: optionalText(1000, 'Ghi chú'),
  })
  .superRefine((petition, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (petition.source === 'co_quan_chuyen_den' && petition.sourceBody === null) {
      issue('sourceBody', 'Hãy ghi cơ quan, tổ chức đã chuyển đơn đến.');
    }
    if (!petition.isAnonymous && petition.senders.length === 0) {
      issue('senders', 'Hãy ghi người đứng đơn, hoặc đánh dấu đơn nặc danh.');
    }
    if (petition.isAnonymous && petition.senders.length > 0) {
      issue(
        'senders',
        'Đơn nặc danh không ghi người đứng đơn; hãy bỏ đánh dấu nặc danh hoặc xóa người đứng đơn.',
      );
    }
    const subjects = FORM_SUBJECTS_BY_CLASSIFICATION[petition.classification];
    if (!subjects.includes(petition.formSubject)) {
      const list = subjects.map((code) => FORM_SUBJECT_LABELS[code].toLowerCase()).join(', ');
      issue('formSubject', `Lĩnh vực của loại đơn này phải là một trong: ${list}.`);
    }
    const levels = LEVELS_BY_CLASSIFICATION[petition.classification];
    if (levels.length > 0 && (petition.level === null || !levels.includes(petition.level))) {
      const message =
        petition.classification === 'khieu_nai'
          ? 'Hãy chọn khiếu nại lần đầu hay lần 2.'
          : 'Hãy chọn tố cáo lần đầu hay tố cáo tiếp.';
      issue('level', message);
    }
    if (levels.length === 0 && petition.level !== null) {
      issue('level', 'Đơn kiến nghị, phản ánh không ghi lần; hãy để trống.');
    }
  });
export type PetitionInput = z.infer<typeof PetitionInput>;

/** A handling decision (TT 05/2021): eligibility, competence, then what is done with the petition. */
export const PetitionDecisionInput = z
  .object({
    id: z.number().int().positive(),
    decidedOn: isoDate('Ngày xử lý'),
    eligibility: choice(ELIGIBILITIES, 'Điều kiện xử lý'),
    ineligibleReason: optionalText(500, 'Lý do không đủ điều kiện'),
    competence: nullableChoice(COMPETENCES, 'Thẩm quyền'),
    outcome: choice(PETITION_OUTCOMES, 'Kết quả xử lý'),
    forwardedTo: optionalText(300, 'Cơ quan nhận đơn chuyển'),
  })
  .superRefine((decision, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (decision.eligibility === 'khong_du_dieu_kien' && decision.ineligibleReason === null) {
      issue('ineligibleReason', 'Hãy ghi lý do đơn không đủ điều kiện xử lý.');
    }
    if (decision.eligibility === 'du_dieu_kien' && decision.competence === null) {
      issue('competence', 'Hãy chọn đơn thuộc hay không thuộc thẩm quyền.');
    }
    const allowed = allowedOutcomes(decision.eligibility, decision.competence);
    if (allowed.length > 0 && !allowed.includes(decision.outcome)) {
      const list = allowed.map((code) => PETITION_OUTCOME_LABELS[code].toLowerCase()).join(' hoặc ');
      issue('outcome', `Với điều kiện và thẩm quyền đã chọn, kết quả xử lý phải là ${list}.`);
    }
    if (decision.outcome === 'chuyen_don' && decision.forwardedTo === null) {
      issue('forwardedTo', 'Hãy ghi cơ quan, đơn vị nhận đơn chuyển.');
    }
  });
export type PetitionDecisionInput = z.infer<typeof PetitionDecisionInput>;

export const PetitionReplyInput = z.object({
  id: z.number().int().positive(),
  receivedOn: isoDate('Ngày nhận văn bản trả lời'),
  fromBody: requiredText(300, 'Cơ quan trả lời'),
  reference: optionalText(100, 'Số, ký hiệu văn bản'),
  summary: requiredText(2000, 'Nội dung trả lời'),
});
export type PetitionReplyInput = z.infer<typeof PetitionReplyInput>;

export const PetitionAttachInput = z.object({
  id: z.number().int().positive(),
  fileName: requiredText(255, 'Tên tệp'),
  contentBase64: z
    .string()
    .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, {
      error: `Tệp đính kèm quá lớn (tối đa ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB); hãy quét ở độ phân giải thấp hơn hoặc chia nhỏ.`,
    })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Nội dung tệp không đúng định dạng base64.' }),
});
export const PETITION_STATES = ['chua_xu_ly', 'da_xu_ly'] as const;

export const PetitionListInput = z.object({
  year: z
    .number()
    .int()
    .min(1990)
    .max(2200)
    .nullish()
    .transform((v) => v ?? null),
  classification: nullableChoice(CLASSIFICATIONS, 'Phân loại đơn'),
  source: nullableChoice(PETITION_SOURCES, 'Nguồn đơn'),
  state: nullableChoice(PETITION_STATES, 'Tình trạng'),
  outcome: nullableChoice(PETITION_OUTCOMES, 'Kết quả xử lý'),
  /** Words of the content or the incoming number ("12/2026"); folded like every search. */
  query: optionalText(200, 'Từ khóa'),
  limit: z.number().int().min(1).max(500).default(200),
});
export type PetitionListInput = z.infer<typeof PetitionListInput>;

export const petitionCalls = {
  /** Registers a petition: số đến of its year, senders, case link (same person and content → same case). */
  'petitions:create': defineCall({ input: PetitionInput, output: PetitionDetail, summary: 'Vào sổ đơn thư' }),
  /** Corrects a registered petition; every changed field is audited (old → new). */
  'petitions:update': defineCall({
    input: z.object({ id: z.number().int().positive(), petition: PetitionInput }),
    output: PetitionDetail,
    summary: 'Sửa thông tin đơn thư',
  }),
  /** Petitions of the registry, newest first, filtered. */
  'petitions:list': defineCall({
    input: PetitionListInput,
    output: z.array(PetitionView),
    summary: 'Sổ đơn thư',
  }),
  /** One petition with senders, handling history, replies and attachments (a denouncer masked). */
  'petitions:get': defineCall({
    input: z.object({ id: z.number().int().positive() }),
    output: PetitionDetail,
    summary: 'Xem một đơn thư',
  }),
  /** A denunciation's senders shown deliberately, with the reason audited (leaders, administrators). */
  'petitions:reveal': defineCall({
    input: z.object({ id: z.number().int().positive(), reason: requiredText(300, 'Lý do xem thông tin') }),
    output: PetitionDetail,
    summary: 'Xem thông tin người tố cáo của đơn',
    access: ['leader', 'admin'],
  }),
  /** Records a handling decision (thụ lý, hướng dẫn, chuyển đơn, lưu đơn, trả lại). */
  'petitions:handle': defineCall({
    input: PetitionDecisionInput,
    output: PetitionDetail,
    summary: 'Xử lý đơn',
  }),
  /** A reply received from the body a petition was forwarded to. */
  'petitions:add-reply': defineCall({
    input: PetitionReplyInput,
    output: PetitionDetail,
    summary: 'Ghi văn bản trả lời của cơ quan nhận đơn chuyển',
  }),
  /** A scanned attachment, copied into the data folder and hashed (SHA-256). */
  'petitions:attach': defineCall({
    input: PetitionAttachInput,
    output: PetitionDetail,
    summary: 'Đính kèm bản quét của đơn',
  }),
  /** Unhandled petitions past their handling deadline, and those due within a few days. */
  'petitions:deadlines': defineCall({
    input: z.object({}).default({}),
    output: PetitionDeadlinesOutput,
    summary: 'Đơn sắp đến hạn và quá hạn xử lý',
  }),
};
