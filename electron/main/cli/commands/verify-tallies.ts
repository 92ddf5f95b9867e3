import { existsSync } from 'node:fs';
import { databasePath, resolveDataDir } from '../../data-dir';
import { createDb } from '../../db/create-db';
import { daysOutOfStep, rebuildDayCells } from '../../services/reports/day-cells-check';
import { CLI_ACTOR } from '../cli-actor';

function dayList(days: readonly string[]): string {
  const shown = days.slice(0, 10).join(', ');
  return days.length > 10 ? `${shown} … (${days.length} ngày)` : shown;
}

/**
 * `verify-tallies [--repair]`: checks that the per-day figures the reports count from match the register
 * itself; with --repair rebuilds them (audited). Exit code 1 while they differ.
 */
export async function runVerifyTallies(dataDirOption: string | undefined, repair: boolean): Promise<number> {
  const file = databasePath(dataDirOption ?? resolveDataDir());
  if (!existsSync(file)) {
    console.error(`Không có cơ sở dữ liệu tại ${file}; hãy kiểm tra --data-dir.`);
    return 1;
  }
  const db = createDb(file, { readonly: !repair });
  try {
    if (repair) {
      const fixed = await rebuildDayCells(db, CLI_ACTOR, new Date());
      console.log(
        fixed.length === 0
          ? 'Số liệu tổng hợp theo ngày khớp với sổ tiếp công dân; không cần dựng lại.'
          : `Đã dựng lại số liệu tổng hợp theo ngày từ sổ; các ngày đã sửa: ${dayList(fixed)}.`,
      );
      return 0;
    }
    const days = await daysOutOfStep(db);
    if (days.length === 0) {
      console.log('Số liệu tổng hợp theo ngày khớp với sổ tiếp công dân.');
      return 0;
    }
    console.error(
      `Số liệu tổng hợp theo ngày lệch với sổ ở các ngày: ${dayList(days)}. ` +
        'Hãy đóng ứng dụng và chạy: npm run cli -- verify-tallies --repair',
    );
    return 1;
  } finally {
    await db.destroy();
  }
}
