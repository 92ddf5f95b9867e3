import { z } from 'zod';
import {
  RegimeIdSchema as Regime,
  ReportPeriodSchema as Period,
  ReportTableSchema,
} from '../../../../shared/contract/report-result';

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
