import { randomBytes } from 'node:crypto';
import { access, open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from './data-package';
import { DriveWriteError, driveWriteError } from './drive-errors';
import { isFatSafeName } from './file-names';

export interface WrittenFile {
  path: string;
  fileName: string;
  bytes: number;
  sha256: string;
}

export interface WriteHooks {
  /** Tests: runs once the temporary file is written and synced, before the rename (e.g. pull the drive). */
  afterTempWritten?: () => Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** "x.zip", then "x-2.zip", "x-3.zip"…: an earlier export on the drive is never overwritten. */
async function freeName(dir: string, fileName: string): Promise<string> {
  const dot = fileName.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? fileName : `${stem}-${n}${ext}`;
    if (!(await exists(join(dir, candidate)))) return candidate;
  }
}

/** Directory fsync makes the rename durable; some file systems (FAT on some kernels) refuse it: harmless. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EIO') throw error;
  });
  await handle.close();
}

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

/**
 * Writes one file to a drive so it is either complete and verified under its name, or absent: a
 * temporary name first, fsync, rename, fsync the folder, then read back and compare the SHA-256.
 */
export async function writeVerified(
  dir: string,
  drive: string,
  fileName: string,
  bytes: Buffer,
  hooks: WriteHooks = {},
): Promise<WrittenFile> {
  if (!isFatSafeName(fileName)) throw new Error(`Tên tệp không an toàn cho ổ FAT: ${fileName}`);
  const temp = join(dir, `tiepdan-${randomBytes(4).toString('hex')}.tmp`);
  const expected = sha256(bytes);
  let final: string | null = null;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await hooks.afterTempWritten?.();
    const name = await freeName(dir, fileName);
    final = join(dir, name);
    await rename(temp, final);
    await syncDir(dir);
    const readBack = await readFile(final);
    if (sha256(readBack) !== expected)
      throw new DriveWriteError(
        'EVERIFY',
        `Đọc lại tệp ${name} trên ổ ${drive} không khớp mã kiểm tra: ổ có thể hỏng. Tệp lỗi đã được xóa; hãy dùng ổ khác.`,
      );
    return { path: final, fileName: name, bytes: bytes.length, sha256: expected };
  } catch (error) {
    await removeQuietly(temp);
    if (final !== null) await removeQuietly(final);
    throw driveWriteError(error, drive, bytes.length);
  }
}
