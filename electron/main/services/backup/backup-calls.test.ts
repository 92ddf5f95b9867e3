import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupCalls, BackupListView, BackupMadeView } from '../../../../shared/contract/backup';
import { AppError } from '../../../../shared/contract/envelope';
import { createTestDb, fixedClock, testContext } from '../../../../test/fixtures/test-db';
import { verifyAuditChain } from '../audit-verify';
import {
  backupNow,
  backupOptions,
  databaseFileOf,
  listBackupsView,
  restoreFromList,
  runDailyBackup,
  startDailyBackup,
  type WithDatabaseClosed,
} from './backup-calls';
import { backupDir } from './backup-files';
import { countRows, dataDirWithVisits, markNewerSchema, type TestDataDir } from './test-support';

const NOW = '2026-11-27T02:30:00Z';

let opened: TestDataDir | null = null;
afterEach(async () => {
  await opened?.db.destroy();
  opened = null;
});

async function setup(visits = 2) {
  opened = await dataDirWithVisits(visits);
  return { ...opened, ctx: testContext(opened.db, fixedClock(NOW)) };
}

async function setSetting(setup: TestDataDir, key: string, value: unknown): Promise<void> {
  await setup.db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(value), updated_at: NOW, updated_by: null })
    .execute();
}

async function lastAudit(setup: TestDataDir) {
  return setup.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
}

describe('backup calls', () => {
  it('are open to administrators, and the list to leaders too', () => {
    expect(backupCalls['backup:list'].access).toEqual(['admin', 'leader']);
    expect(backupCalls['backup:create-now'].access).toEqual(['admin']);
    expect(backupCalls['backup:restore'].access).toEqual(['admin']);
    expect(backupCalls['backup:restore'].input.safeParse({ name: '../tiepdan.db' }).success).toBe(false);
    expect(backupCalls['backup:list'].input.parse(undefined)).toEqual({ verify: false });
  });

  it('find the database file behind the connection, and refuse an in-memory one', async () => {
    const { db, file } = await setup(0);
    expect(await databaseFileOf(db)).toBe(file);
    const memory = await createTestDb();
    await expect(databaseFileOf(memory)).rejects.toThrow(AppError);
  });

  it('read the settings with their defaults, and at least one copy kept', async () => {
    const test = await setup(0);
    expect(await backupOptions(test.db)).toEqual({ keep: 14, copyDir: null });
    await setSetting(test, 'backup_keep', 0);
    await setSetting(test, 'backup_copy_dir', '  /media/usb  ');
    expect(await backupOptions(test.db)).toEqual({ keep: 1, copyDir: '/media/usb' });
  });

  it('create-now writes a copy, audits it and lists it', async () => {
    const test = await setup(2);
    const made = await backupNow(test.ctx);
    expect(BackupMadeView.parse(made)).toEqual(made);
    expect(made).toMatchObject({
      backup: { name: 'tiepdan-2026-11-27-093000.db', kind: 'manual', date: '2026-11-27', check: null },
      pruned: [],
      copiedTo: null,
      warnings: [],
    });
    expect(await lastAudit(test)).toMatchObject({
      action: 'backup.create',
      entity: 'backup',
      entity_id: 'tiepdan-2026-11-27-093000.db',
      actor: 'Cán bộ thử nghiệm',
    });
    const list = await listBackupsView(test.db, true);
    expect(BackupListView.parse(list)).toEqual(list);
    expect(list).toMatchObject({ folder: backupDir(test.dataDir), keep: 14, copyDir: null });
    expect(list.backups.map((b) => [b.name, b.check?.ok, b.check?.visits])).toEqual([
      ['tiepdan-2026-11-27-093000.db', true, 2],
    ]);
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('restore answers CONFLICT with the offline command when the app cannot close its database', async () => {
    const test = await setup(1);
    const made = await backupNow(test.ctx);
    const path = join(backupDir(test.dataDir), made.backup.name);
    await expect(restoreFromList(test.ctx, made.backup.name)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `Hãy khôi phục bằng lệnh npm run cli -- --data-dir "${test.dataDir}" restore "${path}" khi ứng dụng đã đóng.`,
    });
    await expect(restoreFromList(test.ctx, 'tiepdan-2020-01-01.db')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    markNewerSchema(path);
    await expect(restoreFromList(test.ctx, made.backup.name, (work) => work())).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^Không khôi phục từ bản này: .*phiên bản Tiếp Dân mới hơn/) as string,
    });
  });

  it('restore runs inside the hook that closes and reopens the database', async () => {
    const test = await setup(1);
    const made = await backupNow(test.ctx);
    const events: string[] = [];
    const withClosed: WithDatabaseClosed = async (work) => {
      await test.db.destroy();
      opened = null;
      events.push('closed');
      const result = await work();
      events.push('reopened');
      return result;
    };
    const result = await restoreFromList(test.ctx, made.backup.name, withClosed);
    expect(events).toEqual(['closed', 'reopened']);
    expect(result).toEqual({
      restoredFrom: 'tiepdan-2026-11-27-093000.db',
      setAsideAs: 'truoc-khoi-phuc-2026-11-27-093000.db',
      visits: 1,
    });
    expect(countRows(test.file, 'visits')).toBe(1);
  });

  it('the daily run makes one audited copy a day, and start-up schedules it off the start path', async () => {
    const test = await setup(1);
    const first = await runDailyBackup(test.db, new Date(NOW));
    expect(first.created?.name).toBe('tiepdan-2026-11-27.db');
    expect(await lastAudit(test)).toMatchObject({ action: 'backup.create', actor: 'Sao lưu tự động' });
    expect((await runDailyBackup(test.db, new Date(NOW))).created).toBeNull();

    const drive = join(mkdtempSync(join(tmpdir(), 'tiepdan-usb-')), 'khong-co');
    await setSetting(test, 'backup_copy_dir', drive);
    const lines: string[] = [];
    startDailyBackup(test.db, (line) => lines.push(line), 0);
    await vi.waitFor(() => expect(lines.length).toBeGreaterThan(0));
    expect(lines.some((line) => line.startsWith('Cảnh báo sao lưu: Không thấy thư mục sao chép'))).toBe(true);
    expect(readdirSync(backupDir(test.dataDir)).length).toBeGreaterThan(0);
  });
});
