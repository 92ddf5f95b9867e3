import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../../shared/contract/envelope';
import { formatCount } from '../../../../shared/domain/number-format';
import type { RegimeId } from '../../../../shared/domain/periods';
import { APP_VERSION } from '../../app-version';
import { defaultReceptionFigures } from '../../services/reports/reception-figures-source';
import { createTallyEngine } from '../../services/reports/tally-engine';
import { resolveDataDir } from '../../data-dir';
import { openDatabase } from '../../open-database';
import { TALLY_WRITERS } from './tally-writers';

export interface TallyOptions {
  period: string;
  regime?: string;
  compare: boolean;
  format: string;
  out: string;
}

const REGIMES: readonly string[] = ['tt06-2025', 'tt01-2024', 'tt02-2021'];

function checkOptions(options: TallyOptions): string | null {
  if (!Object.hasOwn(TALLY_WRITERS, options.format)) {
    return `Định dạng "${options.format}" chưa hỗ trợ. Hãy dùng: ${Object.keys(TALLY_WRITERS).join(', ')}.`;
  }
  if (options.regime !== undefined && !REGIMES.includes(options.regime)) {
    return `Không có chế độ báo cáo "${options.regime}". Hãy dùng: ${REGIMES.join(', ')}.`;
  }
  return null;
}

/** `tally --period 2024-H1 [--regime …] [--compare] --format json --out <path>`. Exit 2 for bad options. */
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
    const result = await engine.compute({
      periodSpec: options.period,
      compare: options.compare,
      ...(options.regime ? { regime: options.regime as RegimeId } : {}),
    });
    const bytes = await TALLY_WRITERS[options.format]!(result);
    const target = resolve(options.out);
    // A half-written report must never look complete: write aside, then rename.
    writeFileSync(`${target}.tmp`, bytes);
    renameSync(`${target}.tmp`, target);
    const summary = result.summary;
    console.log(
      `${result.period.label} (${result.period.from} – ${result.period.to}), chế độ ${result.regime}.`,
    );
    if (summary) {
      console.log(`Lượt tiếp: ${formatCount(summary.visits)}; vụ việc: ${formatCount(summary.cases)}.`);
    }
    console.log(`Đã ghi ${target}.`);
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
