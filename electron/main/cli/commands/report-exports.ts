import type { RegimeId } from '../../../../shared/domain/periods/regimes';
import type { TallyResult } from '../../../../shared/reports/report-types';
import type { ComputeTally } from '../../services/exports/export-service';
import { parseFormat, writeReportOutput } from './report-output';

const REGIMES: readonly RegimeId[] = ['tt06-2025', 'tt01-2024', 'tt02-2021'];

export interface TallyExportOptions {
  period: string;
  regime?: string;
  compare?: boolean;
  format: string;
  out: string;
}

function parseRegime(value: string | undefined): RegimeId | undefined {
  if (value === undefined) return undefined;
  if ((REGIMES as readonly string[]).includes(value)) return value as RegimeId;
  throw new Error(`Chế độ báo cáo "${value}" không có; hãy dùng một trong: ${REGIMES.join(', ')}.`);
}

/** `tally --period … --format json|xlsx|pdf|csv|package --out <path>`: the engine's result in a format. */
export async function runTallyExport(
  compute: ComputeTally,
  options: TallyExportOptions,
): Promise<TallyResult> {
  const format = parseFormat(options.format);
  const regime = parseRegime(options.regime);
  const result = await compute({
    periodSpec: options.period,
    ...(regime ? { regime } : {}),
    compare: options.compare === true,
  });
  for (const file of await writeReportOutput(result, format, options.out))
    console.log(`Đã ghi ${file.path} (SHA-256 ${file.sha256})`);
  return result;
}

/** `export-package --period … [--regime …] --out <dir>`: the data package to send upstream. */
export async function runExportPackage(
  compute: ComputeTally,
  options: Omit<TallyExportOptions, 'format'>,
): Promise<TallyResult> {
  return runTallyExport(compute, { ...options, format: 'package' });
}
