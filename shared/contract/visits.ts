import { z } from 'zod';
import { CLASSIFICATIONS, ID_TYPES, RECEPTION_KINDS } from '../domain/classification';
import { choice, optionalText, requiredText } from './fields';
import { defineCall } from './define';

/** The citizen as typed at the desk. */
export const PersonInput = z.object({
  fullName: requiredText(150, 'Họ và tên'),
  idType: choice(ID_TYPES, 'Loại giấy tờ')
    .nullish()
    .transform((value) => value ?? null),
  idNumber: optionalText(20, 'Số giấy tờ').refine(
    (value) => value === null || /^[0-9A-Za-z]{6,20}$/.test(value),
    { error: 'Số giấy tờ chỉ gồm chữ số (hoặc chữ cái với hộ chiếu), từ 6 đến 20 ký tự.' },
  ),
  address: optionalText(300, 'Địa chỉ'),
});
export type PersonInput = z.infer<typeof PersonInput>;

export const VisitCreateInput = z.object({
  person: PersonInput,
  classification: choice(CLASSIFICATIONS, 'Phân loại'),
  content: requiredText(10_000, 'Nội dung vụ việc'),
});
export type VisitCreateInput = z.infer<typeof VisitCreateInput>;

/** One line of the Sổ tiếp công dân as the register list shows it. */
export const VisitView = z.object({
  id: z.number().int(),
  receivedAt: z.string(),
  receptionKind: z.enum(RECEPTION_KINDS),
  fullName: z.string(),
  idNumber: z.string().nullable(),
  address: z.string().nullable(),
  classification: z.enum(CLASSIFICATIONS),
  content: z.string(),
  headcount: z.number().int(),
  caseId: z.number().int(),
  caseCode: z.string(),
  isFirstReception: z.boolean(),
  officerName: z.string().nullable(),
});
export type VisitView = z.infer<typeof VisitView>;

export const VisitListInput = z.object({
  limit: z
    .number({ error: 'Số dòng mỗi trang phải là số.' })
    .int({ error: 'Số dòng mỗi trang phải là số nguyên.' })
    .min(1, { error: 'Số dòng mỗi trang tối thiểu là 1.' })
    .max(500, { error: 'Số dòng mỗi trang tối đa là 500.' })
    .default(100),
  /** Keyset cursor: return visits older than this id. */
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
  total: z.number().int(),
});
export type VisitListOutput = z.infer<typeof VisitListOutput>;

export const visitCalls = {
  /** Record a walk-in citizen's visit; creates the person and a new case. */
  'visits:create': defineCall({
    input: VisitCreateInput,
    output: VisitView,
    summary: 'Ghi một lượt tiếp công dân vào sổ',
  }),
  /** The register, newest first, in pages. */
  'visits:list': defineCall({
    input: VisitListInput,
    output: VisitListOutput,
    summary: 'Danh sách sổ tiếp công dân, mới nhất trước',
  }),
};
