import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { captureConsole } from '../../../../test/fixtures/console-capture';
import { dataDirWithVisits } from '../../services/backup/test-support';
import { runVerifyTallies } from './verify-tallies';

const out = captureConsole();

function run(file: string, statement: string): unknown[] {
  const sqlite = new Database(file);
  try {
    const prepared = sqlite.prepare(statement);
    return prepared.reader ? prepared.all() : [prepared.run()];
  } finally {
    sqlite.close();
  }
}

describe('npm run cli -- verify-tallies', () => {
  it('finds the cells matching the register, names the day that drifted, and --repair rebuilds it', async () => {
    const opened = await dataDirWithVisits(3);
    await opened.db.destroy();
    expect(await runVerifyTallies(opened.dataDir, false)).toBe(0);
    expect(out.at(-1)).toBe('Số liệu tổng hợp theo ngày khớp với sổ tiếp công dân.');

    run(opened.file, 'update visit_day_cells set visits = visits + 4, people = people + 4');
    expect(await runVerifyTallies(opened.dataDir, false)).toBe(1);
    expect(out.at(-1)).toBe(
      'Số liệu tổng hợp theo ngày lệch với sổ ở các ngày: 2026-11-27. ' +
        'Hãy đóng ứng dụng và chạy: npm run cli -- verify-tallies --repair',
    );

    expect(await runVerifyTallies(opened.dataDir, true)).toBe(0);
    expect(out.at(-1)).toBe('Đã dựng lại số liệu tổng hợp theo ngày từ sổ; các ngày đã sửa: 2026-11-27.');
    expect(
      run(opened.file, 'select sum(visits) as visits, sum(people) as people from visit_day_cells'),
    ).toEqual([{ visits: 3, people: 3 }]);
    expect(run(opened.file, "select detail from audit_log where action = 'tallies.rebuild'")).toEqual([
      { detail: JSON.stringify({ days: ['2026-11-27'] }) },
    ]);
    expect(await runVerifyTallies(opened.dataDir, false)).toBe(0);
    expect(await runVerifyTallies(opened.dataDir, true)).toBe(0);
    expect(out.at(-1)).toBe('Số liệu tổng hợp theo ngày khớp với sổ tiếp công dân; không cần dựng lại.');
  });
});
