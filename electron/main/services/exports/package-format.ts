import { z } from 'zod';

/**
 * The data package sent upstream: one .zip (a single file is what survives a trip on a USB stick and an
 * e-mail attachment; a folder loses files). Inside: `bao-cao.json` (the reports and their aggregates),
 * the XLSX, the PDF, one CSV per report under `csv/`, and `manifest.json` listing every other file with
 * its SHA-256. Entries are stored (not deflated) with a fixed date, so a package has exactly one byte
 * layout: the reader rebuilds it and refuses any byte that differs.
 */
export const PACKAGE_FORMAT = 'tiepdan-goi-bao-cao';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_JSON = 'bao-cao.json';
export const PACKAGE_MANIFEST = 'manifest.json';
/** Upstream refuses anything larger: a unit's half-year package is a few hundred kB. */
export const PACKAGE_MAX_BYTES = 50 * 1024 * 1024;

const HeaderCell = z.object({
  text: z.string(),
  colSpan: z.number().int().min(1),
  rowSpan: z.number().int().min(1),
});
const Period = z.object({ spec: z.string().min(1), from: z.string(), to: z.string(), label: z.string() });
const Regime = z.enum(['tt02-2021', 'tt01-2024', 'tt06-2025']);

export const ReportTableSchema = z.object({
  reportId: z.string().min(1),
  definitionVersion: z.string(),
  regime: Regime,
  formCode: z.string(),
  title: z.string(),
  period: Period,
  header: z.array(z.array(HeaderCell)),
  columns: z.array(z.string()).min(1),
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      values: z.record(z.string(), z.number().int().min(0)),
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

export const PackageReportSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  office: z.object({ code: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/), name: z.string() }),
  regime: Regime,
  period: Period,
  reports: z.array(ReportTableSchema).min(1),
  compare: z.object({ period: Period, reports: z.array(ReportTableSchema) }).optional(),
  narrative: z.string(),
  generatedAt: z.string(),
  appVersion: z.string(),
});
export type PackageReport = z.infer<typeof PackageReportSchema>;

export const ManifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  office: z.object({ code: z.string(), name: z.string() }),
  periodSpec: z.string(),
  regime: Regime,
  generatedAt: z.string(),
  appVersion: z.string(),
  files: z.array(
    z.object({
      path: z.string(),
      bytes: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});
export type Manifest = z.infer<typeof ManifestSchema>;
