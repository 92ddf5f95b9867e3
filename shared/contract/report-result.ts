import { z } from 'zod';

/** zod mirror of shared/reports/report-types.ts, for calls and data packages that carry a TallyResult. */
export const RegimeIdSchema = z.enum(['tt02-2021', 'tt01-2024', 'tt06-2025']);

const HeaderCellSchema = z.object({
  text: z.string(),
  colSpan: z.number().int().min(1),
  rowSpan: z.number().int().min(1),
});

export const ReportPeriodSchema = z.object({
  spec: z.string().min(1),
  from: z.string(),
  to: z.string(),
  label: z.string(),
});

export const ReportTableSchema = z.object({
  reportId: z.string().min(1),
  definitionVersion: z.string(),
  regime: RegimeIdSchema,
  formCode: z.string(),
  title: z.string(),
  period: ReportPeriodSchema,
  header: z.array(z.array(HeaderCellSchema)),
  columns: z.array(z.string()).min(1),
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      /** Counts mostly; some reports carry medians or shares, so any finite number. */
      values: z.record(z.string(), z.number().finite()),
      isTotal: z.boolean().optional(),
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

export const TallyResultSchema = z.object({
  office: z.object({ code: z.string(), name: z.string() }),
  regime: RegimeIdSchema,
  period: ReportPeriodSchema,
  reports: z.array(ReportTableSchema),
  compare: z.object({ period: ReportPeriodSchema, reports: z.array(ReportTableSchema) }).optional(),
  narrative: z.string(),
  generatedAt: z.string(),
  appVersion: z.string(),
});
