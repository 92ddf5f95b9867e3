import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { sha256 } from './data-package';
import { DriveWriteError } from './drive-errors';
import { writeVerified } from './verified-write';

/**
 * DESIGN §6: no USB stick here, but as root a small tmpfs mounts, fills up (ENOSPC), remounts read-only
 * (EROFS) and can be detached (the drive pulled out): real kernel errors. Skipped, with the reason,
 * where the tests do not run as root or cannot mount.
 */
const root = mkdtempSync(join(tmpdir(), 'tiepdan-usb-'));
function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = join(root, 'probe');
  mkdirSync(probe);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (mounted) spawnSync('umount', [probe]);
  return mounted;
}
const mountable = canMount();
const mounts: string[] = [];
let driveCount = 0;

function tinyDrive(sizeKb: number): string {
  driveCount += 1;
  const dir = join(root, `drive-${driveCount}`);
  mkdirSync(dir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of mounts.splice(0)) spawnSync('umount', ['-l', dir]);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<DriveWriteError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DriveWriteError) return error;
    throw error;
  }
  throw new Error('the write should have failed');
}

const payload = (kb: number) => Buffer.alloc(kb * 1024, 'Tiếp Dân ');

describe.skipIf(!mountable)('verified writes to a drive (tmpfs, real kernel errors; needs root)', () => {
  it('writes, verifies and never overwrites an earlier export', async () => {
    const drive = tinyDrive(256);
    const bytes = payload(20);
    const first = await writeVerified(drive, 'USB', 'goi.zip', bytes);
    const second = await writeVerified(drive, 'USB', 'goi.zip', bytes);
    expect(first).toEqual({
      path: join(drive, 'goi.zip'),
      fileName: 'goi.zip',
      bytes: 20480,
      sha256: sha256(bytes),
    });
    expect(second.fileName).toBe('goi-2.zip');
    expect(readdirSync(drive).sort()).toEqual(['goi-2.zip', 'goi.zip']);
    expect(readFileSync(join(drive, 'goi.zip')).equals(bytes)).toBe(true);
  });

  it('a full drive (ENOSPC) says so and leaves nothing behind', async () => {
    const drive = tinyDrive(64);
    const error = await failure(writeVerified(drive, 'KINGSTON', 'goi.zip', payload(200)));
    expect(error.code).toBe('ENOSPC');
    expect(error.message).toBe(
      'Ổ KINGSTON đã đầy: tệp cần khoảng 0,2 MB. Hãy xóa bớt tệp trên ổ hoặc chọn ổ khác rồi xuất lại.',
    );
    expect(readdirSync(drive)).toEqual([]);
  });

  it('a read-only drive (EROFS) says so', async () => {
    const drive = tinyDrive(256);
    execFileSync('mount', ['-o', 'remount,ro', drive]);
    const error = await failure(writeVerified(drive, 'KINGSTON', 'goi.zip', payload(4)));
    expect(error.code).toBe('EROFS');
    expect(error.message).toBe(
      'Ổ KINGSTON chỉ cho đọc, không ghi được (có thể khóa chống ghi đang bật). Hãy gạt khóa hoặc chọn ổ khác rồi xuất lại.',
    );
    expect(readdirSync(drive)).toEqual([]);
  });

  it('a drive pulled out during the write says so; nothing looks complete', async () => {
    const drive = tinyDrive(256);
    const error = await failure(
      writeVerified(drive, 'KINGSTON', 'goi.zip', payload(8), {
        afterTempWritten: () => {
          execFileSync('umount', ['-l', drive]);
          return Promise.resolve();
        },
      }),
    );
    expect(error.code).toBe('ENOENT');
    expect(error.message).toBe(
      'Không thấy ổ KINGSTON nữa (đã rút ra hoặc bị lỗi). Hãy cắm lại ổ, chọn lại trong danh sách rồi xuất lại.',
    );
    expect(readdirSync(drive)).toEqual([]);
  });
});

describe('verified writes: names', () => {
  it('refuses a name FAT would not keep', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiepdan-name-'));
    await expect(writeVerified(dir, 'USB', 'bao:cao.zip', Buffer.from('x'))).rejects.toThrow(
      'Tên tệp không an toàn cho ổ FAT: bao:cao.zip',
    );
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
  });
});
