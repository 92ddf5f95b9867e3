import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipUncompressedSize } from './zip-limits';

describe('zipUncompressedSize', () => {
  it('reads the uncompressed size of a real workbook from its central directory', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('So');
    for (let row = 1; row <= 200; row += 1) sheet.addRow(['Nguyễn Văn An', 'Khiếu nại', 'x'.repeat(200)]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const size = zipUncompressedSize(buffer);
    expect(size.ok).toBe(true);
    expect(size.ok && size.uncompressedBytes).toBeGreaterThan(buffer.length);
  });

  it('refuses an archive that would inflate past the limit, and a file that is not a ZIP', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('So').addRow(['a'.repeat(5000)]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(zipUncompressedSize(buffer, 1000)).toEqual({ ok: false, reason: 'too_large' });
    expect(zipUncompressedSize(Buffer.from('ngay_tiep,ho_ten\n'))).toEqual({ ok: false, reason: 'not_zip' });
    expect(zipUncompressedSize(Buffer.alloc(10))).toEqual({ ok: false, reason: 'not_zip' });
  });
});
