import { createHash } from 'node:crypto';
import { needsOutline, outlineReportText } from '../../../../shared/reports/outline-report';
import type { TallyResult } from '../../../../shared/reports/report-types';
import { writeCsvFiles } from './csv-writer';
import { resultFileStem } from './file-names';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_JSON,
  PACKAGE_MANIFEST,
  type Manifest,
  type PackageReport,
} from './package-format';
import { storeZip, type ZipEntry } from './package-zip';
import { writePdf } from './pdf-writer';
import { writeXlsx } from './xlsx-writer';

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The JSON part: only the computed tables and the office's identity; a TallyResult has no personal data. */
export function packageReport(result: TallyResult): PackageReport {
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    office: result.office,
    regime: result.regime,
    period: result.period,
    reports: result.reports,
    ...(result.compare ? { compare: result.compare } : {}),
    narrative: result.narrative,
    generatedAt: result.generatedAt,
    appVersion: result.appVersion,
  };
}

export function manifestFor(result: TallyResult, files: readonly ZipEntry[]): Manifest {
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    office: result.office,
    periodSpec: result.period.spec,
    regime: result.regime,
    generatedAt: result.generatedAt,
    appVersion: result.appVersion,
    files: files.map((file) => ({ path: file.path, bytes: file.bytes.length, sha256: sha256(file.bytes) })),
  };
}

/** Canonical JSON bytes: the reader re-serialises and compares, so even a changed space is caught. */
export function jsonBytes(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

export interface BuiltPackage {
  fileName: string;
  bytes: Buffer;
  manifest: Manifest;
}

/** The written report's draft (Mẫu số 02 outline) for the periods sent with one: UTF-8 with BOM for Notepad. */
function outlineFiles(result: TallyResult, stem: string): ZipEntry[] {
  if (!needsOutline(result.period.spec)) return [];
  return [{ path: `${stem}-bao-cao.txt`, bytes: Buffer.from(`\uFEFF${outlineReportText(result)}`, 'utf8') }];
}

/**
 * Builds the .zip package of a tally: JSON, XLSX, PDF, CSVs, the written report's draft for Q1, 6 months,
 * 9 months and the year, and the SHA-256 manifest.
 */
export async function buildDataPackage(result: TallyResult): Promise<BuiltPackage> {
  const stem = resultFileStem(result);
  const files: ZipEntry[] = [
    { path: PACKAGE_JSON, bytes: jsonBytes(packageReport(result)) },
    { path: `${stem}.xlsx`, bytes: await writeXlsx(result) },
    { path: `${stem}.pdf`, bytes: await writePdf(result) },
    ...writeCsvFiles(result).map((file) => ({ path: `csv/${file.name}`, bytes: file.bytes })),
    ...outlineFiles(result, stem),
  ];
  const manifest = manifestFor(result, files);
  const bytes = await storeZip(
    [...files, { path: PACKAGE_MANIFEST, bytes: jsonBytes(manifest) }],
    packageDate(result),
  );
  return { fileName: `${stem}.zip`, bytes, manifest };
}

/** Every entry carries the generation time, so the package's bytes follow from its content alone. */
export function packageDate(result: Pick<TallyResult, 'generatedAt'>): Date {
  const date = new Date(result.generatedAt);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}
