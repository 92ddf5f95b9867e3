import { z } from 'zod';
import { CHANNELS, CLASSIFICATIONS, HANDLINGS, RECEPTION_KINDS } from '../domain/classification';
import { REFUSAL_CODES, SUBJECT_CODES } from '../domain/subjects';
import { defineCall } from './define';
import { choice, nullableChoice, optionalText, requiredText } from './fields';
import { optionalInt, PersonInput, PersonView } from './persons';

export { PersonInput } from './persons';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export const DocumentInput = z.object({
  name: requiredText(300, 'Tên tài liệu'),
  pages: optionalInt(1, 10_000, 'Số trang'),
  isOriginal: z.boolean({ error: 'Hãy chọn bản chính hay bản sao.' }),
  condition: optionalText(200, 'Tình trạng tài liệu'),
});
export type DocumentInput = z.infer<typeof DocumentInput>;

/** Everything the intake form records about one reception (Mẫu 03 and Biểu 01/TCD facts). */
export const VisitInput = z
  .object({
    /** Local wall-clock time yyyy-mm-ddThh:mm in Vietnam; null = now. */
    receivedAt: z
      .string()
      .regex(LOCAL_DATE_TIME, { error: 'Thời điểm tiếp phải có dạng ngày giờ hợp lệ.' })
      .nullish()
      .transform((value) => value ?? null),
    backEntryReason: optionalText(500, 'Lý do nhập bổ sung'),
    receptionKind: choice(RECEPTION_KINDS, 'Hình thức tiếp').default('thuong_xuyen'),
    /** Trực tiếp or trực tuyến (Luật 136/2025); older clients and imports send nothing: in person. */
    channel: choice(CHANNELS, 'Kênh tiếp').default('truc_tiep'),
    /** The online meeting's reference (link, room or meeting code); only for trực tuyến. */
    meetingRef: optionalText(300, 'Mã hoặc đường dẫn cuộc họp trực tuyến'),
    sessionId: z
      .number()
      .int()
      .positive()
      .nullish()
      .transform((value) => value ?? null),
    person: PersonInput,
    /** Other representatives of a group delegation (the main person is the first). */
    representatives: z
      .array(PersonInput)
      .max(4, { error: 'Đoàn đông người cử tối đa 5 người đại diện.' })
      .default([]),
    headcount: z
      .number({ error: 'Số người phải là số.' })
      .int({ error: 'Số người phải là số nguyên.' })
      .min(1, { error: 'Số người ít nhất là 1.' })
      .max(10_000, { error: 'Số người không quá 10.000.' })
      .default(1),
    classification: choice(CLASSIFICATIONS, 'Phân loại'),
    subject: nullableChoice(SUBJECT_CODES, 'Lĩnh vực'),
    content: requiredText(10_000, 'Nội dung vụ việc'),
    documents: z.array(DocumentInput).max(50, { error: 'Tối đa 50 tài liệu cho một lượt tiếp.' }).default([]),
    resolvedByBody: optionalText(300, 'Cơ quan đã giải quyết'),
    handling: nullableChoice(HANDLINGS, 'Hướng xử lý'),
    forwardedTo: optionalText(300, 'Nơi chuyển đơn'),
    resultTracking: optionalText(1000, 'Theo dõi kết quả'),
    note: optionalText(1000, 'Ghi chú'),
    refusalReason: nullableChoice(REFUSAL_CODES, 'Lý do từ chối'),
    /** Link to an existing case; null opens a new one. */
    caseId: z
      .number()
      .int()
      .positive()
      .nullish()
      .transform((value) => value ?? null),
    /** The queue ticket being served: saving the visit finishes it and links the two. */
    ticketId: z
      .number()
      .int()
      .positive()
      .nullish()
      .transform((value) => value ?? null),
    /** ID-check warnings the officer has looked at and confirmed (recorded with the visit). */
    idWarningsAccepted: z.array(z.string().max(40)).max(20).default([]),
  })
  .superRefine((visit, ctx) => {
    if (visit.receptionKind !== 'thuong_xuyen' && visit.sessionId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['sessionId'],
        message: 'Hãy chọn hoặc tạo kỳ tiếp cho hình thức tiếp này.',
      });
    }
    if (visit.channel === 'truc_tiep' && visit.meetingRef !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['meetingRef'],
        message: 'Chỉ ghi mã cuộc họp cho lượt tiếp trực tuyến; hãy chọn kênh "Trực tuyến" hoặc xóa mã.',
      });
    }
    if (visit.handling === 'chuyen_don' && visit.forwardedTo === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['forwardedTo'],
        message: 'Hãy ghi cơ quan, đơn vị nhận đơn chuyển.',
      });
    }
    if (visit.headcount < 1 + visit.representatives.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['headcount'],
        message: `Số người phải ít nhất bằng số người đại diện đã ghi (${1 + visit.representatives.length}).`,
      });
    }
  });
export type VisitInput = z.infer<typeof VisitInput>;
/** The foundation's name for the same input. */
export const VisitCreateInput = VisitInput;
export type VisitCreateInput = VisitInput;

/** One line of the Sổ tiếp công dân (Mẫu 03 columns). */
export const VisitView = z.object({
  id: z.number().int(),
  receivedAt: z.string(),
  receptionKind: z.enum(RECEPTION_KINDS),
  channel: z.enum(CHANNELS),
  meetingRef: z.string().nullable(),
  sessionId: z.number().int().nullable(),
  fullName: z.string(),
  idNumber: z.string().nullable(),
  address: z.string().nullable(),
  classification: z.enum(CLASSIFICATIONS),
  subject: z.string().nullable(),
  content: z.string(),
  headcount: z.number().int(),
  isGroup: z.boolean(),
  caseId: z.number().int(),
  caseCode: z.string(),
  isFirstReception: z.boolean(),
  resolvedByBody: z.string().nullable(),
  handling: z.enum(HANDLINGS).nullable(),
  forwardedTo: z.string().nullable(),
  resultTracking: z.string().nullable(),
  note: z.string().nullable(),
  refusalReason: z.enum(REFUSAL_CODES).nullable(),
  officerName: z.string().nullable(),
  /** A tố cáo: the denouncer's identity is hidden (Luật Tố cáo Art. 9). */
  isIdentityMasked: z.boolean(),
});
export type VisitView = z.infer<typeof VisitView>;

export const VisitDetail = VisitView.extend({
  person: PersonView,
  representatives: z.array(PersonView),
  documents: z.array(DocumentInput.extend({ id: z.number().int() })),
  backEntryReason: z.string().nullable(),
  idCheckOverrides: z.array(z.string()),
});
export type VisitDetail = z.infer<typeof VisitDetail>;

const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày phải có dạng yyyy-mm-dd.' });

export const VisitFilters = z.object({
  from: ISO_DATE.nullish().transform((v) => v ?? null),
  to: ISO_DATE.nullish().transform((v) => v ?? null),
  receptionKind: nullableChoice(RECEPTION_KINDS, 'Hình thức tiếp'),
  channel: nullableChoice(CHANNELS, 'Kênh tiếp'),
  classification: nullableChoice(CLASSIFICATIONS, 'Phân loại'),
  subject: nullableChoice(SUBJECT_CODES, 'Lĩnh vực'),
  officer: optionalText(150, 'Cán bộ tiếp'),
  isGroup: z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
  /** Folded full-text query over names, ID numbers, addresses and content. */
  query: optionalText(200, 'Từ khóa tìm kiếm'),
});
export type VisitFilters = z.infer<typeof VisitFilters>;

export const VisitListInput = VisitFilters.extend({
  limit: z
    .number({ error: 'Số dòng mỗi trang phải là số.' })
    .int({ error: 'Số dòng mỗi trang phải là số nguyên.' })
    .min(1, { error: 'Số dòng mỗi trang tối thiểu là 1.' })
    .max(500, { error: 'Số dòng mỗi trang tối đa là 500.' })
    .default(100),
  /** Keyset cursor: return visits older than this one. */
  beforeId: z
    .number()
    .int()
    .positive()
    .nullish()
    .transform((value) => value ?? null),
});
export type VisitListInput = z.infer<typeof VisitListInput>;

export const VisitListOutput = z.object({
  items: z.array(VisitView),
  /** Matching visits, counted up to 10.000 (a text search looks at its newest 500 matches). */
  total: z.number().int(),
  /** True when there are more than `total`: shown as "hơn …". */
  isTotalCapped: z.boolean(),
});
export type VisitListOutput = z.infer<typeof VisitListOutput>;

export const VisitUpdateInput = z.object({
  id: z.number().int().positive(),
  visit: VisitInput,
});
export type VisitUpdateInput = z.infer<typeof VisitUpdateInput>;

/** One audited change to a visit, as the edit page shows its history. */
export const VisitHistoryEntry = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })),
});
export type VisitHistoryEntry = z.infer<typeof VisitHistoryEntry>;

export const visitCalls = {
  /** Record a visit: the person (new or on file), a new or linked case, documents, audit entry. */
  'visits:create': defineCall({
    input: VisitInput,
    output: VisitView,
    summary: 'Ghi một lượt tiếp công dân vào sổ',
  }),
  /** Edit a visit; every changed field is audited (old → new). */
  'visits:update': defineCall({ input: VisitUpdateInput, output: VisitView, summary: 'Sửa một lượt tiếp' }),
  /** One visit with everything the intake form shows. */
  'visits:get': defineCall({
    input: z.object({ id: z.number().int().positive() }),
    output: VisitDetail,
    summary: 'Xem chi tiết một lượt tiếp',
  }),
  /** Who created and edited a visit, when, and each field's old → new value (from the audit log). */
  'visits:history': defineCall({
    input: z.object({ id: z.number().int().positive() }),
    output: z.array(VisitHistoryEntry),
    summary: 'Lịch sử thay đổi của một lượt tiếp',
  }),
  /** A leader or administrator reveals a denouncer's identity on one visit, with a reason (audited). */
  'visits:reveal': defineCall({
    input: z.object({
      id: z.number().int().positive(),
      reason: requiredText(500, 'Lý do xem thông tin người tố cáo'),
    }),
    output: VisitDetail,
    summary: 'Xem thông tin người tố cáo',
    access: ['leader', 'admin'],
  }),
  /** The register, newest first, filtered, in pages. */
  'visits:list': defineCall({
    input: VisitListInput,
    output: VisitListOutput,
    summary: 'Danh sách sổ tiếp công dân, mới nhất trước',
  }),
};
