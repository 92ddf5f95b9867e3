import { AppError } from '../../../../shared/contract/envelope';
import { formatCount } from '../../../../shared/domain/number-format';
import { APP_VERSION } from '../../app-version';
import { defaultReceptionFigures } from '../../services/reports/reception-figures-source';
import { createTallyEngine } from '../../services/reports/tally-engine';
import { resolveDataDir } from '../../data-dir';
import { openDatabase } from '../../open-database';
import { OUTPUT_FORMATS } from './report-output';
import { regimeOptionProblem, runTallyExport } from './report-exports';

export interface TallyOptions {
  period: string;
  regime?: string;
  compare: boolean;
  format: string;
  out: string;
}

function checkOptions(options: TallyOptions): string | null {
  if (!(OUTPUT_FORMATS as readonly string[]).includes(options.format)) {
    return `Định dạng "${options.format}" chưa hỗ trợ. Hãy dùng: ${OUTPUT_FORMATS.join(', ')}.`;
  }
  return regimeOptionProblem(options.regime);
}

/**
 * `tally --period 2024-H1 [--regime …] [--compare] --format json|xlsx|pdf|csv|package --out <path>` (and
 * `export-package`, the same with the package format). Exit 2 for bad options.
 */
export async function runTally(dataDirOption: string | undefined, options: TallyOptions): Promise<number> {
  const problem = checkOptions(options);
  if (problem) {
    console.error(problem);
    return 2;
  }
  const opened = await openDatabase(dataDirOption ?? resolveDataDir());
  try {
    const engine = createTallyEngine({
      db: opened.db,
      clock: () => new Date(),
      appVersion: APP_VERSION,
      receptionFigures: defaultReceptionFigures,
    });
    const result = await runTallyExport((request) => engine.compute(request), options);
    const summary = result.summary;
    console.log(
      `${result.period.label} (${result.period.from} – ${result.period.to}), chế độ ${result.regime}.`,
    );
    if (summary) {
      console.log(`Lượt tiếp: ${formatCount(summary.visits)}; vụ việc: ${formatCount(summary.cases)}.`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await opened.db.destroy();
  }
}
