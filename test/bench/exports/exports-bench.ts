/**
 * Export figures (issue 8): XLSX of the full half-year set of reports (< 2 s) and consolidation of 200
 * unit packages (< 10 s). Runs inside `npm run bench`, or alone:
 * `node --import tsx test/bench/exports/exports-bench.ts`.
 */
import { fileURLToPath } from 'node:url';
import { writeCsvFiles } from '../../../electron/main/services/exports/csv-writer';
import {
  jsonBytes,
  manifestFor,
  packageDate,
  packageReport,
} from '../../../electron/main/services/exports/data-package';
import { resultFileStem } from '../../../electron/main/services/exports/file-names';
import { PACKAGE_JSON, PACKAGE_MANIFEST } from '../../../electron/main/services/exports/package-format';
import { storeZip, type ZipEntry } from '../../../electron/main/services/exports/package-zip';
import { writePdf } from '../../../electron/main/services/exports/pdf-writer';
import { writeXlsx } from '../../../electron/main/services/exports/xlsx-writer';
import {
  consolidatePackages,
  type PackageFile,
} from '../../../electron/main/services/consolidation/consolidate';
import type { TallyResult } from '../../../shared/reports/report-types';
import { makeTallyResult } from '../../fixtures/tally-fixture';
import { formatMs, summarize, timeOnce } from '../measure';
import { boundFigure, printSummary, type Figure } from '../report';

const UNITS = 200;

/** The half-year set: Biểu 01/TCD and its breakdowns, eight tables, each with "cùng kỳ". */
export function halfYearSet(seed: number, officeCode = 'UBNDXA01'): TallyResult {
  const result = makeTallyResult({ seed, officeCode, compare: true });
  const widen = (reports: TallyResult['reports']) => {
    const extra = [3, 4, 5, 6, 7].map((n) => ({
      ...reports[1 + (n % 2)]!,
      reportId: `phu-luc-${n}`,
      formCode: `Phụ lục ${n}`,
    }));
    return [...reports, ...extra];
  };
  result.reports = widen(result.reports);
  result.compare!.reports = widen(result.compare!.reports);
  return result;
}

/** A real, checkable unit package; the XLSX and PDF bytes are shared across units to keep set-up short. */
async function unitPackage(index: number, shared: { xlsx: Buffer; pdf: Buffer }): Promise<PackageFile> {
  const result = halfYearSet(index + 1, `XA-${String(index + 1).padStart(3, '0')}`);
  const stem = resultFileStem(result);
  const files: ZipEntry[] = [
    { path: PACKAGE_JSON, bytes: jsonBytes(packageReport(result)) },
    { path: `${stem}.xlsx`, bytes: shared.xlsx },
    { path: `${stem}.pdf`, bytes: shared.pdf },
    ...writeCsvFiles(result).map((file) => ({ path: `csv/${file.name}`, bytes: file.bytes })),
  ];
  const manifest = jsonBytes(manifestFor(result, files));
  return {
    name: `${stem}.zip`,
    bytes: await storeZip([...files, { path: PACKAGE_MANIFEST, bytes: manifest }], packageDate(result)),
  };
}

export async function runExportBench(): Promise<Figure[]> {
  const set = halfYearSet(1);
  const xlsxSamples: number[] = [];
  let xlsxBytes: Buffer = Buffer.alloc(0);
  for (let i = 0; i < 6; i += 1) {
    const { ms, result } = await timeOnce(() => writeXlsx(set));
    if (i > 0) xlsxSamples.push(ms);
    xlsxBytes = result;
  }
  const xlsx = summarize(xlsxSamples);
  console.log(
    `XLSX of the half-year set (${set.reports.length} + ${set.compare!.reports.length} sheets, ${Math.round(xlsxBytes.length / 1024)} kB): p50 ${formatMs(xlsx.p50)} / max ${formatMs(xlsx.max)} ms`,
  );
  const shared = { xlsx: xlsxBytes, pdf: await writePdf(set) };
  const packages: PackageFile[] = [];
  for (let i = 0; i < UNITS; i += 1) packages.push(await unitPackage(i, shared));
  const megabytes = packages.reduce((sum, p) => sum + p.bytes.length, 0) / 1024 / 1024;
  const office = { code: 'TINH', name: 'Ban Tiếp công dân tỉnh' };
  const { ms, result } = await timeOnce(() =>
    consolidatePackages(packages, { office, generatedAt: '2024-06-20T09:00:00+07:00', appVersion: 'bench' }),
  );
  console.log(
    `Consolidation of ${UNITS} packages (${megabytes.toFixed(1)} MB): ${formatMs(ms)} ms, ${result.units.length} units, ${result.refused.length} refused`,
  );
  return [
    boundFigure('XLSX of the half-year set (p50)', xlsx.p50, 'ms', 2000),
    boundFigure(`consolidation of ${UNITS} unit packages`, ms, 'ms', 10_000),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printSummary(await runExportBench());
}
