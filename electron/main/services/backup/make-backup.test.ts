import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDir } from './backup-files';
import { copyToFolder, createBackup, ensureDailyBackup, pruneBackups } from './make-backup';
import { dataDirWithVisits, type TestDataDir } from './test-support';

const DAY = 24 * 3600 * 1000;
/** 27/11/2026 09:30 in Vietnam. */
const NOW = new Date('2026-11-27T02:30:00Z');

let opened: TestDataDir | null = null;
afterEach(async () => {
  await opened?.db.destroy();
  opened = null;
});

async function setup(visits = 2): Promise<TestDataDir> {
  opened = await dataDirWithVisits(visits);
  return opened;
}

describe('ensureDailyBackup', () => {
  it("writes today's verified copy once, under the local date, with no side files", async () => {
    const { dataDir, file } = await setup(3);
    // 23:30 UTC on the 26th is already the 27th in Vietnam.
    const first = await ensureDailyBackup(dataDir, file, new Date('2026-11-26T23:30:00Z'), { keep: 14 });
    expect(first.created).toMatchObject({ name: 'tiepdan-2026-11-27.db', integrity: 'ok', visits: 3 });
    expect(first.warnings).toEqual([]);
    const again = await ensureDailyBackup(dataDir, file, NOW, { keep: 14 });
    expect(again).toEqual({ created: null, pruned: [], copiedTo: null, warnings: [] });
    expect(readdirSync(backupDir(dataDir))).toEqual(['tiepdan-2026-11-27.db']);
  });

  it('keeps the newest N copies and never those set aside by a restore', async () => {
    const { dataDir, file } = await setup();
    mkdirSync(backupDir(dataDir), { recursive: true });
    writeFileSync(join(backupDir(dataDir), 'truoc-khoi-phuc-2026-01-01-080000.db'), 'x');
    writeFileSync(join(backupDir(dataDir), 'ghi-chu.txt'), 'không phải bản sao lưu');
    const pruned: string[] = [];
    for (let day = 0; day < 5; day += 1) {
      const made = await ensureDailyBackup(dataDir, file, new Date(NOW.getTime() + day * DAY), { keep: 3 });
      pruned.push(...made.pruned);
    }
    expect(pruned).toEqual(['tiepdan-2026-11-27.db', 'tiepdan-2026-11-28.db']);
    expect(readdirSync(backupDir(dataDir)).sort()).toEqual([
      'ghi-chu.txt',
      'tiepdan-2026-11-29.db',
      'tiepdan-2026-11-30.db',
      'tiepdan-2026-12-01.db',
      'truoc-khoi-phuc-2026-01-01-080000.db',
    ]);
  });

  it('copies to the extra folder, also later when only the copy is missing', async () => {
    const { dataDir, file } = await setup();
    const drive = mkdtempSync(join(tmpdir(), 'tiepdan-usb-'));
    const missing = join(drive, 'chua-cam');
    const first = await ensureDailyBackup(dataDir, file, NOW, { keep: 14, copyDir: missing });
    expect(first.created?.name).toBe('tiepdan-2026-11-27.db');
    expect(first.copiedTo).toBeNull();
    expect(first.warnings).toEqual([
      `Không thấy thư mục sao chép dự phòng ${missing} (ổ USB chưa cắm?). Bản sao lưu vẫn nằm trong thư mục ` +
        'dữ liệu; hãy cắm ổ rồi bấm "Sao lưu ngay" hoặc sửa cài đặt "backup_copy_dir".',
    ]);
    const later = await ensureDailyBackup(dataDir, file, NOW, { keep: 14, copyDir: drive });
    expect(later).toMatchObject({
      created: null,
      copiedTo: join(drive, 'tiepdan-2026-11-27.db'),
      warnings: [],
    });
    expect(readdirSync(drive)).toEqual(['tiepdan-2026-11-27.db']);
  });

  it('turns a failed backup into a warning instead of an exception', async () => {
    const { dataDir, file } = await setup();
    const made = await ensureDailyBackup(dataDir, `${file}.khong-co`, NOW, { keep: 14 });
    expect(made.created).toBeNull();
    expect(made.warnings[0]).toMatch(/^Chưa sao lưu được hôm nay: Không tìm thấy cơ sở dữ liệu/);
    expect(existsSync(join(dataDir, 'tiepdan.db'))).toBe(true);
  });
});

describe('createBackup', () => {
  it('writes a new timestamped copy each time, never overwriting', async () => {
    const { dataDir, file } = await setup();
    const first = await createBackup(dataDir, file, NOW, { keep: 14 });
    const second = await createBackup(dataDir, file, NOW, { keep: 14 });
    expect(first.created?.name).toBe('tiepdan-2026-11-27-093000.db');
    expect(second.created?.name).toBe('tiepdan-2026-11-27-093000-2.db');
    await expect(createBackup(dataDir, join(dataDir, 'khac.db'), NOW, { keep: 14 })).rejects.toThrow(
      /Không tìm thấy cơ sở dữ liệu/,
    );
  });

  it('prunes the extra folder to the newest N as well', async () => {
    const { dataDir, file } = await setup();
    const drive = mkdtempSync(join(tmpdir(), 'tiepdan-usb-'));
    for (let day = 0; day < 3; day += 1) {
      await createBackup(dataDir, file, new Date(NOW.getTime() + day * DAY), { keep: 2, copyDir: drive });
    }
    expect(readdirSync(drive).sort()).toEqual([
      'tiepdan-2026-11-28-093000.db',
      'tiepdan-2026-11-29-093000.db',
    ]);
  });
});

describe('copyToFolder', () => {
  it('warns when the target is not a folder', async () => {
    const { dataDir, file } = await setup();
    const made = await createBackup(dataDir, file, NOW, { keep: 14 });
    const notAFolder = join(dataDir, 'tiepdan.db');
    const copy = copyToFolder(made.created!.file, notAFolder);
    expect(copy.copiedTo).toBeNull();
    expect(copy.warning).toMatch(/^Không thấy thư mục sao chép dự phòng/);
  });

  it('warns on a read-only drive and on a full drive (real kernel errors; needs root to mount tmpfs)', async (context) => {
    const mountPoint = mkdtempSync(join(tmpdir(), 'tiepdan-mnt-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { stdio: 'ignore' });
    } catch {
      context.skip('mount -t tmpfs needs root; read-only and full drives not tested here');
    }
    try {
      const { dataDir, file } = await setup(3);
      const made = await createBackup(dataDir, file, NOW, { keep: 14 });
      const full = copyToFolder(made.created!.file, mountPoint);
      expect(full.warning).toContain('ổ đã đầy');
      expect(readdirSync(mountPoint)).toEqual([]);
      execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
      const readOnly = copyToFolder(made.created!.file, mountPoint);
      expect(readOnly.warning).toContain('ổ chỉ cho đọc');
    } finally {
      execFileSync('umount', [mountPoint]);
    }
  });
});

describe('pruneBackups', () => {
  it('keeps at least one copy whatever the setting says', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tiepdan-prune-'));
    writeFileSync(join(folder, 'tiepdan-2026-11-01.db'), 'a');
    writeFileSync(join(folder, 'tiepdan-2026-11-02.db'), 'b');
    expect(pruneBackups(folder, 0)).toEqual(['tiepdan-2026-11-01.db']);
    expect(readdirSync(folder)).toEqual(['tiepdan-2026-11-02.db']);
  });
});
