import type { Command } from 'commander';
import type { RegimeId } from '../../../../shared/domain/periods/regimes';
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

/** `tally --period … --format json|xlsx|pdf|csv --out <path>`: the engine's result in a format. */
export async function runTallyExport(compute: ComputeTally, options: TallyExportOptions): Promise<void> {
  const format = parseFormat(options.format);
  const regime = parseRegime(options.regime);
  const result = await compute({
    periodSpec: options.period,
    ...(regime ? { regime } : {}),
    compare: options.compare === true,
  });
  for (const file of await writeReportOutput(result, format, options.out))
    console.log(`Đã ghi ${file.path} (SHA-256 ${file.sha256})`);
}

/** `export-package --period … [--regime …] --out <dir>`: the data package to send upstream. */
export async function runExportPackage(
  compute: ComputeTally,
  options: Omit<TallyExportOptions, 'format'>,
): Promise<void> {
  await runTallyExport(compute, { ...options, format: 'package' });
}

/**
 * Registers `tally` (file formats) and `export-package` on the CLI with the given engine; the lead calls
 * this from cli-main.ts where part A's `compute` is available.
 */
export function addReportExportCommands(program: Command, compute: () => Promise<ComputeTally>): void {
  program
    .command('tally')
    .description('Tính báo cáo một kỳ và ghi ra tệp (json, xlsx, pdf, csv, package)')
    .requiredOption(
      '--period <spec>',
      'Kỳ: 2024-W23, 2024-M05, 2024-Q2, 2024-H1, 2024-9M, 2024-Y, 2024-QH, 2024-01-01..2024-03-31',
    )
    .option('--regime <id>', `Chế độ báo cáo: ${REGIMES.join(' | ')}`)
    .option('--compare', 'Kèm cùng kỳ năm trước', false)
    .option('--format <format>', 'json | xlsx | pdf | csv | package', 'json')
    .requiredOption('--out <path>', 'Tệp hoặc thư mục ghi kết quả')
    .action(async (options: TallyExportOptions) => runTallyExport(await compute(), options));
  program
    .command('export-package')
    .description('Lập gói dữ liệu báo cáo (.zip có manifest SHA-256) để gửi cấp trên')
    .requiredOption('--period <spec>', 'Kỳ báo cáo, ví dụ 2024-H1')
    .option('--regime <id>', `Chế độ báo cáo: ${REGIMES.join(' | ')}`)
    .option('--compare', 'Kèm cùng kỳ năm trước', false)
    .requiredOption('--out <dir>', 'Thư mục ghi gói')
    .action(async (options: Omit<TallyExportOptions, 'format'>) =>
      runExportPackage(await compute(), options),
    );
}
