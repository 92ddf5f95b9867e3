/** A write to a drive that failed, with what to do in Vietnamese; `code` is the kernel's (ENOSPC…). */
export class DriveWriteError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DriveWriteError';
  }
}

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);
const GONE = new Set(['ENOENT', 'EIO', 'ENODEV', 'ENXIO', 'ENOTDIR', 'ESTALE']);

function megabytes(bytes: number): string {
  return (Math.max(bytes, 1) / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

/** Turns a file-system error into the officer's message: full, read-only or removed drive. */
export function driveWriteError(error: unknown, drive: string, neededBytes: number): DriveWriteError {
  if (error instanceof DriveWriteError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'UNKNOWN';
  if (FULL.has(code))
    return new DriveWriteError(
      code,
      `Ổ ${drive} đã đầy: tệp cần khoảng ${megabytes(neededBytes)} MB. Hãy xóa bớt tệp trên ổ hoặc chọn ổ khác rồi xuất lại.`,
    );
  if (READ_ONLY.has(code))
    return new DriveWriteError(
      code,
      `Ổ ${drive} chỉ cho đọc, không ghi được (có thể khóa chống ghi đang bật). Hãy gạt khóa hoặc chọn ổ khác rồi xuất lại.`,
    );
  if (GONE.has(code))
    return new DriveWriteError(
      code,
      `Không thấy ổ ${drive} nữa (đã rút ra hoặc bị lỗi). Hãy cắm lại ổ, chọn lại trong danh sách rồi xuất lại.`,
    );
  return new DriveWriteError(
    code,
    `Không ghi được vào ổ ${drive} (lỗi ${code}). Hãy thử lại hoặc chọn ổ khác.`,
  );
}
