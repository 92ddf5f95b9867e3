import { z } from 'zod';
import type { ReportTable } from '../reports/report-types';

/** The wire form of `ReportTable` (shared/reports/report-types.ts), for calls that return one report. */
export const ReportTableSchema: z.ZodType<ReportTable> = z.object({
  reportId: z.string(),
  definitionVersion: z.string(),
  regime: z.enum(['tt02-2021', 'tt01-2024', 'tt06-2025']),
  formCode: z.string(),
  title: z.string(),
  period: z.object({ spec: z.string(), from: z.string(), to: z.string(), label: z.string() }),
  header: z.array(
    z.array(z.object({ text: z.string(), colSpan: z.number().int(), rowSpan: z.number().int() })),
  ),
  columns: z.array(z.string()),
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      values: z.record(z.string(), z.number()),
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
