import { copyFileSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDir } from './backup-files';
import { checkSqliteFile } from './check-file';
import { checkDatabaseHealth, describeDamage, listBackups, newestGoodBackup } from './health';
import { createBackup, ensureDailyBackup } from './make-backup';
import {
  addVisits,
  corruptVisitsPage,
  dataDirWithVisits,
  markNewerSchema,
  type TestDataDir,
} from './test-support';

const DAY = 24 * 3600 * 1000;
const NOW = new Date('2026-11-27T02:30:00Z');

let opened: TestDataDir | null = null;
afterEach(async () => {
  await opened?.db.destroy();
  opened = null;
});

/** Daily backups of 25, 26 and 27 November holding 1, 2 and 3 visits; the database then closed. */
async function threeDays(): Promise<TestDataDir> {
  opened = await dataDirWithVisits(1);
  for (let day = 0; day < 3; day += 1) {
    if (day > 0) await addVisits(opened.db, 1, day);
    await ensureDailyBackup(opened.dataDir, opened.file, new Date(NOW.getTime() + (day - 2) * DAY), {
      keep: 14,
    });
  }
  await opened.db.destroy();
  const result = opened;
  opened = null;
  return result;
}

describe('checkDatabaseHealth', () => {
  it('passes a sound database, and a first start with no file yet', async () => {
    const { file, dataDir } = await threeDays();
    expect(checkDatabaseHealth(file)).toMatchObject({
      ok: true,
      dataDir,
      check: { check: 'integrity_check', integrity: 'ok', visits: 3 },
      offer: null,
    });
    const fresh = join(mkdtempSync(join(tmpdir(), 'tiepdan-new-')), 'tiepdan.db');
    expect(checkDatabaseHealth(fresh)).toMatchObject({ ok: true, check: null, offer: null });
  });

  it('finds a damaged page and offers the newest backup that is still good', async () => {
    const { file, dataDir } = await threeDays();
    // The newest backup is damaged too, the one before is from a newer app: the 25th is offered.
    corruptVisitsPage(join(backupDir(dataDir), 'tiepdan-2026-11-27.db'));
    markNewerSchema(join(backupDir(dataDir), 'tiepdan-2026-11-26.db'));
    corruptVisitsPage(file);

    const health = checkDatabaseHealth(file);
    expect(health.ok).toBe(false);
    expect(health.check?.integrity).not.toBe('ok');
    expect(health.offer).toMatchObject({ name: 'tiepdan-2026-11-25.db', check: { ok: true, visits: 1 } });
    const lines = describeDamage(health);
    expect(lines[0]).toMatch(new RegExp(`^Cơ sở dữ liệu ${file} bị hỏng \\(integrity_check: `));
    expect(lines.slice(1)).toEqual([
      'Tiếp Dân không mở tệp này để không ghi thêm vào dữ liệu hỏng.',
      'Bản sao lưu tốt gần nhất: tiepdan-2026-11-25.db (ngày 25/11/2026, 1 lượt tiếp). Dữ liệu nhập sau ' +
        'thời điểm đó cần nhập lại.',
      `Để khôi phục, chạy: npm run cli -- --data-dir "${dataDir}" restore ` +
        `"${join(backupDir(dataDir), 'tiepdan-2026-11-25.db')}"`,
      'Tệp hỏng sẽ được cất vào thư mục backups (truoc-khoi-phuc-….db), không bị xóa.',
    ]);
  });

  it('reports a file that is not a database at all, with no backup to offer', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-garbage-'));
    const file = join(dataDir, 'tiepdan.db');
    writeFileSync(file, Buffer.alloc(8192, 0x41));
    const health = checkDatabaseHealth(file);
    expect(health).toMatchObject({ ok: false, offer: null });
    expect(health.check?.integrity).toMatch(/not a database/);
    expect(describeDamage(health)[2]).toMatch(/^Không có bản sao lưu nào còn tốt trong /);
  });
});

describe('listBackups', () => {
  it('lists newest first, checking each only on demand', async () => {
    const { dataDir } = await threeDays();
    corruptVisitsPage(join(backupDir(dataDir), 'tiepdan-2026-11-26.db'));
    const quick = listBackups(dataDir);
    expect(quick.map((b) => [b.name, b.kind, b.date, b.check])).toEqual([
      ['tiepdan-2026-11-27.db', 'daily', '2026-11-27', null],
      ['tiepdan-2026-11-26.db', 'daily', '2026-11-26', null],
      ['tiepdan-2026-11-25.db', 'daily', '2026-11-25', null],
    ]);
    expect(quick[0]!.bytes).toBeGreaterThan(0);
    const checked = listBackups(dataDir, { verify: true });
    expect(checked.map((b) => b.check?.ok)).toEqual([true, false, true]);
    expect(checked[1]!.check?.problem).toMatch(/tiepdan-2026-11-26.db bị hỏng/);
  });

  it('orders copies of one day by the time they were written', async () => {
    opened = await dataDirWithVisits(0);
    const manual = await createBackup(opened.dataDir, opened.file, NOW, { keep: 14 });
    await ensureDailyBackup(opened.dataDir, opened.file, NOW, { keep: 14 });
    const earlier = new Date(NOW.getTime() - 3600_000);
    utimesSync(manual.created!.file, earlier, earlier);
    expect(listBackups(opened.dataDir).map((b) => b.kind)).toEqual(['daily', 'manual']);
    expect(newestGoodBackup(opened.dataDir)?.kind).toBe('daily');
  });

  it('is empty without a backups folder', () => {
    expect(listBackups(mkdtempSync(join(tmpdir(), 'tiepdan-none-')))).toEqual([]);
  });
});

describe('checkSqliteFile', () => {
  it('uses quick_check when asked and says when the file is missing', async () => {
    const { file } = await threeDays();
    const copy = `${file}.ban-chep`;
    copyFileSync(file, copy);
    expect(checkSqliteFile(copy, 'quick_check')).toMatchObject({ ok: true, check: 'quick_check' });
    expect(checkSqliteFile(`${file}.khong-co`).problem).toBe(`Không tìm thấy tệp ${file}.khong-co.`);
  });
});
