import { z } from 'zod';
import { defineCall } from './define';
import { requiredText } from './fields';
import { RegimeIdSchema, TallyResultSchema } from './report-result';

/** Packages uploaded through the app window at once, and the size of each. */
export const MAX_PACKAGES = 300;
export const MAX_PACKAGE_BYTES = 5 * 1024 * 1024;

export const ExportFormat = z.enum(['xlsx', 'pdf', 'csv', 'package'], {
  error: 'Hãy chọn định dạng: XLSX, PDF, CSV hoặc gói dữ liệu.',
});
export type ExportFormat = z.infer<typeof ExportFormat>;

export const TallyRequestInput = z
  .object({
    periodSpec: requiredText(40, 'Kỳ báo cáo'),
    regime: RegimeIdSchema.optional(),
    compare: z.boolean().default(false),
  })
  .strict();

export const PackageUpload = z
  .object({
    fileName: requiredText(255, 'Tên tệp'),
    contentBase64: z
      .string()
      .max(Math.ceil((MAX_PACKAGE_BYTES * 4) / 3) + 4, {
        error: `Gói quá lớn (tối đa ${MAX_PACKAGE_BYTES / 1024 / 1024} MB mỗi gói); hãy dùng lệnh npm run cli -- consolidate.`,
      })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Nội dung tệp không đúng định dạng base64.' }),
  })
  .strict();

const PackageList = z
  .array(PackageUpload)
  .min(1, { error: 'Hãy chọn ít nhất một gói báo cáo (.zip) của đơn vị.' })
  .max(MAX_PACKAGES, { error: `Tối đa ${MAX_PACKAGES} gói mỗi lần; hãy chia làm nhiều lần.` });

/** What to export: this office's tally for a period, or the consolidation of uploaded unit packages. */
export const ExportSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tally'), request: TallyRequestInput }).strict(),
  z.object({ kind: z.literal('packages'), files: PackageList }).strict(),
]);
export type ExportSource = z.infer<typeof ExportSource>;

export const DriveView = z.object({
  mount: z.string(),
  label: z.string(),
  fsType: z.string(),
  sizeBytes: z.number(),
  freeBytes: z.number().nullable(),
});
export type DriveView = z.infer<typeof DriveView>;

export const WrittenFileView = z.object({
  fileName: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
});

export const ExportDoneView = z.object({
  target: z.string(),
  files: z.array(WrittenFileView),
});
export type ExportDoneView = z.infer<typeof ExportDoneView>;

export const DownloadView = z.object({
  fileName: z.string(),
  mime: z.string(),
  contentBase64: z.string(),
  sha256: z.string(),
});
export type DownloadView = z.infer<typeof DownloadView>;

export const ExportLogEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  kind: z.string(),
  periodSpec: z.string(),
  regime: z.string(),
  target: z.string(),
  fileName: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  status: z.enum(['ok', 'failed']),
  error: z.string().nullable(),
});
export type ExportLogEntry = z.infer<typeof ExportLogEntry>;

export const ConsolidationView = z.object({
  result: TallyResultSchema,
  units: z.array(
    z.object({
      fileName: z.string(),
      code: z.string(),
      name: z.string(),
      generatedAt: z.string(),
      sha256: z.string(),
    }),
  ),
  refused: z.array(z.object({ fileName: z.string(), reason: z.string() })),
  skipped: z.array(z.object({ fileName: z.string(), reason: z.string() })),
});
export type ConsolidationView = z.infer<typeof ConsolidationView>;

const REPORT_ROLES = ['admin', 'leader'] as const;

export const exportCalls = {
  /** Removable drives mounted now (USB sticks), for the officer to pick; main writes only there. */
  'exports:drives': defineCall({
    input: z.object({}).strict().default({}),
    output: z.object({ drives: z.array(DriveView) }),
    summary: 'Danh sách ổ USB đang cắm',
    access: REPORT_ROLES,
  }),
  /**
   * Writes the report in the chosen format to a listed drive: temporary name, fsync, rename, read back
   * and compare the SHA-256; logged and audited. A full, read-only or removed drive answers CONFLICT
   * with what to do.
   */
  'exports:to-drive': defineCall({
    input: z
      .object({ source: ExportSource, format: ExportFormat, mount: requiredText(1000, 'Ổ USB') })
      .strict(),
    output: ExportDoneView,
    summary: 'Xuất báo cáo ra ổ USB',
    access: REPORT_ROLES,
  }),
  /** The same file for the browser to download (the browser fallback has no drive access). */
  'exports:download': defineCall({
    input: z.object({ source: ExportSource, format: ExportFormat }).strict(),
    output: DownloadView,
    summary: 'Tải tệp báo cáo về máy',
    access: REPORT_ROLES,
  }),
  /** The export log, newest first. */
  'exports:log': defineCall({
    input: z
      .object({ limit: z.number().int().min(1).max(1000).default(100) })
      .strict()
      .default({ limit: 100 }),
    output: z.object({ entries: z.array(ExportLogEntry) }),
    summary: 'Nhật ký xuất báo cáo',
    access: REPORT_ROLES,
  }),
  /** Checks the units' packages and sums them: one Biểu 01/TCD row per unit, refusals with reasons. */
  'exports:consolidate': defineCall({
    input: z.object({ files: PackageList }).strict(),
    output: ConsolidationView,
    summary: 'Tổng hợp gói báo cáo của các đơn vị',
    access: REPORT_ROLES,
  }),
};
