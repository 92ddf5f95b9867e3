import { isRegimeId, REGIMES, type RegimeId } from '../../../../shared/domain/periods/regimes';
import type { TallyResult } from '../../../../shared/reports/report-types';
import type { ComputeTally } from '../../services/exports/export-service';
import { parseFormat, writeReportOutput } from './report-output';

export interface TallyExportOptions {
  period: string;
  regime?: string;
  compare?: boolean;
  format: string;
  out: string;
}

/** What is wrong with a --regime value (the shipped ids, newest first), or null when it is one of them. */
export function regimeOptionProblem(value: string | undefined): string | null {
  if (value === undefined || isRegimeId(value)) return null;
  const ids = REGIMES.map((regime) => regime.id).reverse();
  return `Không có chế độ báo cáo "${value}". Hãy dùng: ${ids.join(', ')}.`;
}

function parseRegime(value: string | undefined): RegimeId | undefined {
  const problem = regimeOptionProblem(value);
  if (problem) throw new Error(problem);
  return value as RegimeId | undefined;
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
