import { z } from 'zod';
import type { RegimeId } from '../domain/periods';
import type { TallyResult } from '../reports/report-types';
import { defineCall } from './define';
import { choice } from './fields';

export const REGIME_IDS = ['tt02-2021', 'tt01-2024', 'tt06-2025'] as const satisfies readonly RegimeId[];

const periodSpec = z
  .string()
  .trim()
  .min(1, { error: 'Hãy chọn kỳ báo cáo (ví dụ 2024-H1 hoặc 2024-01-01..2024-03-31).' })
  .max(40, { error: 'Kỳ báo cáo quá dài: hãy chọn lại kỳ báo cáo.' });

const ReportPeriodSchema = z.object({
  spec: z.string(),
  from: z.string(),
  to: z.string(),
  label: z.string(),
});
const ReportTableSchema = z.object({
  reportId: z.string(),
  definitionVersion: z.string(),
  regime: z.enum(REGIME_IDS),
  formCode: z.string(),
  title: z.string(),
  period: ReportPeriodSchema,
  header: z.array(z.array(z.object({ text: z.string(), colSpan: z.number(), rowSpan: z.number() }))),
  columns: z.array(z.string()),
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      values: z.record(z.string(), z.number()),
      isTotal: z.boolean().optional(),
      isApart: z.boolean().optional(),
    }),
  ),
  identities: z.array(
    z.object({
      rowKey: z.string(),
      expression: z.string(),
      left: z.number(),
      right: z.number(),
      holds: z.boolean(),
    }),
  ),
  notes: z.array(z.string()),
});
const SummarySchema = z.object({
  visits: z.number(),
  headcount: z.number(),
  distinctPersons: z.number(),
  cases: z.number(),
  refused: z.number(),
  dialogues: z.object({ count: z.number(), opinions: z.number(), attendees: z.number() }),
});

export const TallyResultSchema: z.ZodType<TallyResult> = z.object({
  office: z.object({ code: z.string(), name: z.string() }),
  regime: z.enum(REGIME_IDS),
  period: ReportPeriodSchema,
  reports: z.array(ReportTableSchema),
  compare: z.object({ period: ReportPeriodSchema, reports: z.array(ReportTableSchema) }).optional(),
  narrative: z.string(),
  summary: SummarySchema.optional(),
  compareSummary: SummarySchema.optional(),
  generatedAt: z.string(),
  appVersion: z.string(),
});

export const TallyRequestSchema = z.object({
  periodSpec,
  regime: choice(REGIME_IDS, 'Chế độ báo cáo').optional(),
  compare: z.boolean().default(false),
});

export const DrillRequestSchema = TallyRequestSchema.omit({ compare: true }).extend({
  reportId: z.string().min(1).max(60),
  rowKey: z.string().min(1).max(60),
  column: z.string().min(1).max(10),
  /** The "cùng kỳ" figure rather than the period's own. */
  isCompared: z.boolean().default(false),
});
export type DrillRequest = z.infer<typeof DrillRequestSchema>;

export const DrillRecordSchema = z.object({
  id: z.number().int(),
  date: z.string().nullable(),
  title: z.string(),
  detail: z.string(),
  /** Where the record opens in the app ("/so-tiep-cong-dan/12", "/vu-viec/3"), or null. */
  link: z.string().nullable(),
});
export type DrillRecord = z.infer<typeof DrillRecordSchema>;

export const DrillResultSchema = z.object({
  kind: z.enum([
    'visits',
    'cases',
    'persons',
    'sessions',
    'reception_days',
    'dialogues',
    'petitions',
    'tickets',
  ]),
  /** The figure itself (a headcount is a sum over the visits listed). */
  value: z.number(),
  total: z.number().int(),
  records: z.array(DrillRecordSchema),
});
export type DrillResult = z.infer<typeof DrillResultSchema>;

const VIEWERS = ['receptionist', 'leader', 'admin'] as const;

export const reportCalls = {
  /** Every report of a period under its regime (or the one asked for), "cùng kỳ" and the narrative. */
  'reports:tally': defineCall({
    input: TallyRequestSchema,
    output: TallyResultSchema,
    summary: 'Tổng hợp số liệu báo cáo cho một kỳ',
    access: VIEWERS,
  }),
  /** The records behind one figure of a report (denouncers' identities masked). */
  'reports:drill': defineCall({
    input: DrillRequestSchema,
    output: DrillResultSchema,
    summary: 'Danh sách bản ghi tạo nên một số liệu báo cáo',
    access: VIEWERS,
  }),
  /** The office's week start day (0 = Chủ nhật … 6 = Thứ Bảy), so the week picker shows the right dates. */
  'reports:week-start': defineCall({
    input: z.object({}).default({}),
    output: z.object({ weekStartDay: z.number().int().min(0).max(6) }),
    summary: 'Ngày bắt đầu tuần báo cáo',
    access: VIEWERS,
  }),
};
