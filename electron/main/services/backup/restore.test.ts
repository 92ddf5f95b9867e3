import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '../../db/create-db';
import { verifyAuditChain } from '../audit-verify';
import { backupDir } from './backup-files';
import { createBackup } from './make-backup';
import { assertRestorable, restoreBackup } from './restore';
import {
  addVisits,
  corruptVisitsPage,
  countRows,
  dataDirWithVisits,
  markNewerSchema,
  type TestDataDir,
} from './test-support';

const NOW = new Date('2026-11-27T02:30:00Z');
const LATER = new Date('2026-11-27T07:45:10Z');
const actor = { userId: null, displayName: 'Quản trị thử' };

let opened: TestDataDir | null = null;
afterEach(async () => {
  await opened?.db.destroy();
  opened = null;
});

async function backupOf(visits: number): Promise<TestDataDir & { backup: string }> {
  opened = await dataDirWithVisits(visits);
  const made = await createBackup(opened.dataDir, opened.file, NOW, { keep: 14 });
  return { ...opened, backup: made.created!.file };
}

describe('restoreBackup', () => {
  it('round trip: later visits are gone, the replaced database is kept aside whole', async () => {
    const setup = await backupOf(2);
    await addVisits(setup.db, 3, 100);
    await setup.db.destroy();
    opened = null;

    const result = await restoreBackup(setup.dataDir, setup.file, setup.backup, { now: LATER, actor });
    expect(result).toMatchObject({
      restoredFrom: setup.backup,
      setAsideAs: 'truoc-khoi-phuc-2026-11-27-144510.db',
      check: { ok: true, visits: 2 },
    });
    expect(readdirSync(setup.dataDir).sort()).toEqual(['backups', 'tiepdan.db']);
    expect(countRows(setup.file, 'visits')).toBe(2);
    const aside = join(backupDir(setup.dataDir), result.setAsideAs!);
    expect(countRows(aside, 'visits')).toBe(5);

    const db = createDb(setup.file);
    const last = await db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'backup.restore', actor: 'Quản trị thử', entity: 'backup' });
    expect(JSON.parse(last.detail ?? '{}')).toEqual({
      from: 'tiepdan-2026-11-27-093000.db',
      setAsideAs: 'truoc-khoi-phuc-2026-11-27-144510.db',
      visits: 2,
    });
    expect((await verifyAuditChain(db)).ok).toBe(true);
    await db.destroy();
  });

  it('keeps what an unclosed database had only in its -wal', async () => {
    const setup = await backupOf(1);
    await addVisits(setup.db, 2, 50);
    // The files as a crash leaves them: the app still holds the database, the -wal has the newest commits.
    const crashedDir = mkdtempSync(join(tmpdir(), 'tiepdan-crashed-'));
    const crashed = join(crashedDir, 'tiepdan.db');
    copyFileSync(setup.file, crashed);
    copyFileSync(`${setup.file}-wal`, `${crashed}-wal`);
    const result = await restoreBackup(crashedDir, crashed, setup.backup, { now: LATER, actor });
    expect(countRows(crashed, 'visits')).toBe(1);
    expect(countRows(join(backupDir(crashedDir), result.setAsideAs!), 'visits')).toBe(3);
  });

  it('restores when there is no database left at all', async () => {
    const setup = await backupOf(1);
    await setup.db.destroy();
    opened = null;
    const elsewhere = join(setup.dataDir, 'backups', 'tiepdan-2026-11-27-093000.db');
    rmSync(setup.file);
    const result = await restoreBackup(setup.dataDir, setup.file, elsewhere, { now: LATER, actor });
    expect(result.setAsideAs).toBeNull();
    expect(countRows(setup.file, 'visits')).toBe(1);
  });

  it('refuses while the database is open, and changes nothing', async () => {
    const setup = await backupOf(1);
    await expect(
      restoreBackup(setup.dataDir, setup.file, setup.backup, { now: LATER, actor }),
    ).rejects.toThrow(
      'Cơ sở dữ liệu đang được mở (ứng dụng Tiếp Dân hoặc một lệnh khác đang chạy). Hãy đóng ứng dụng rồi ' +
        'chạy lại lệnh khôi phục.',
    );
    expect(readdirSync(backupDir(setup.dataDir))).toEqual(['tiepdan-2026-11-27-093000.db']);
  });

  it('refuses a backup written by a newer version of the app', async () => {
    const setup = await backupOf(1);
    await setup.db.destroy();
    opened = null;
    markNewerSchema(setup.backup);
    await expect(
      restoreBackup(setup.dataDir, setup.file, setup.backup, { now: LATER, actor }),
    ).rejects.toThrow(
      /Không khôi phục từ bản này: .*do phiên bản Tiếp Dân mới hơn tạo ra .*9999_from_the_future/,
    );
    expect(readdirSync(backupDir(setup.dataDir))).toEqual(['tiepdan-2026-11-27-093000.db']);
    expect(countRows(setup.file, 'visits')).toBe(1);
  });

  it('refuses a damaged backup', async () => {
    const setup = await backupOf(3);
    corruptVisitsPage(setup.backup);
    expect(() => assertRestorable(setup.backup)).toThrow(/Không khôi phục từ bản này: Tệp .* bị hỏng/);
  });
});
