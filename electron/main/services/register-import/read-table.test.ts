import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_FILE_BYTES, readTable } from './read-table';
import { makeTempDir, writeTempFile, writeXlsx } from './test-support';

const SAVE =
  'hãy mở bằng Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited) (*.csv)" hoặc "Excel Workbook (*.xlsx)"';

let dir = '';
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readTable: CSV', () => {
  it('reads UTF-8 with a BOM, comma-separated, dropping blank rows but keeping row numbers', async () => {
    const path = await writeTempFile(
      dir,
      'bom.csv',
      '\ufeffngay_tiep,ho_ten\r\n05/03/2024,Nguyễn Văn An\r\n,\r\n\r\n06/03/2024,Lê Thị Hoa\r\n',
    );
    expect(await readTable(path)).toEqual({
      ok: true,
      format: 'csv',
      rows: [
        { rowNumber: 1, cells: ['ngay_tiep', 'ho_ten'] },
        { rowNumber: 2, cells: ['05/03/2024', 'Nguyễn Văn An'] },
        { rowNumber: 5, cells: ['06/03/2024', 'Lê Thị Hoa'] },
      ],
    });
  });

  it('reads semicolon-separated UTF-8 without a BOM, with a line break inside quotes', async () => {
    const path = await writeTempFile(
      dir,
      'semi.csv',
      'ngày tiếp;nội dung\n05/03/2024;"Dòng một;\nDòng hai"\n06/03/2024;x\n',
    );
    expect(await readTable(path)).toEqual({
      ok: true,
      format: 'csv',
      rows: [
        { rowNumber: 1, cells: ['ngày tiếp', 'nội dung'] },
        { rowNumber: 2, cells: ['05/03/2024', 'Dòng một;\nDòng hai'] },
        { rowNumber: 3, cells: ['06/03/2024', 'x'] },
      ],
    });
  });

  it('refuses bytes that are not UTF-8 (a Windows-1258 "CSV")', async () => {
    // "Nguy\xean" style bytes: Windows code pages put single high bytes where UTF-8 needs sequences.
    const path = await writeTempFile(
      dir,
      'cp1258.csv',
      Buffer.from([0x68, 0x6f, 0x5f, 0x74, 0x65, 0x6e, 0x0a, 0x4c, 0xea, 0x20, 0x56, 0xe3, 0x6e, 0x0a]),
    );
    expect(await readTable(path)).toEqual({
      ok: false,
      message:
        'Tệp "cp1258.csv" không được lưu bằng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi; hãy mở bằng Excel và lưu lại ' +
        'dưới dạng "CSV UTF-8 (Comma delimited) (*.csv)" hoặc XLSX.',
    });
  });

  it('refuses UTF-16 text (Excel "Unicode Text")', async () => {
    const path = await writeTempFile(
      dir,
      'utf16.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ho_ten\nAn\n', 'utf16le')]),
    );
    const result = await readTable(path);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Tệp "utf16.csv" không được lưu bằng mã UTF-8/);
  });

  it('refuses text in the TCVN3 legacy encoding, quoting an example word', async () => {
    const text = 'ho_ten,dia_chi,noi_dung\nNguyÔn V¨n An,ThÞ trÊn §«ng Anh,KhiÕu n¹i ®Êt ®ai\n';
    const path = await writeTempFile(dir, 'tcvn3.csv', text);
    expect(await readTable(path)).toEqual({
      ok: false,
      message:
        'Tệp "tcvn3.csv" có vẻ được gõ bằng bảng mã tiếng Việt cũ (TCVN3/ABC hoặc VNI), ví dụ chữ "NguyÔn"; ' +
        'hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi lưu lại dưới dạng "CSV UTF-8" hoặc XLSX.',
    });
  });

  it('refuses text full of replacement characters', async () => {
    const path = await writeTempFile(dir, 'fffd.csv', 'ho_ten\nNguy\ufffd\ufffdn V\ufffdn An\n');
    const result = await readTable(path);
    expect(!result.ok && result.message).toBe(
      'Tệp "fffd.csv" có 3 ký tự bị lỗi mã (hiện thành "\ufffd"); hãy mở tệp gốc bằng Excel, kiểm tra chữ tiếng Việt ' +
        'hiển thị đúng rồi lưu lại dưới dạng "CSV UTF-8" hoặc XLSX.',
    );
  });

  it('refuses an unterminated quote', async () => {
    const path = await writeTempFile(dir, 'quote.csv', 'ho_ten,noi_dung\nAn,"chưa đóng\n');
    const result = await readTable(path);
    expect(!result.ok && result.message).toMatch(/^Tệp "quote.csv": Dòng 2 mở dấu ngoặc kép/);
  });

  it('refuses a file with no data', async () => {
    const path = await writeTempFile(dir, 'empty.csv', '\ufeff\r\n;;\r\n');
    expect(await readTable(path)).toEqual({
      ok: false,
      message: 'Tệp "empty.csv" không có dữ liệu; hãy chọn đúng tệp sổ tiếp dân.',
    });
  });
});

describe('readTable: XLSX', () => {
  it('reads the first worksheet', async () => {
    const path = await writeXlsx(dir, 'so.xlsx', [
      ['Ngày tiếp', 'Họ tên'],
      [new Date(Date.UTC(2024, 2, 5, 8, 30)), 'Nguyễn Văn An'],
    ]);
    expect(await readTable(path)).toEqual({
      ok: true,
      format: 'xlsx',
      rows: [
        { rowNumber: 1, cells: ['Ngày tiếp', 'Họ tên'] },
        { rowNumber: 2, cells: ['2024-03-05 08:30', 'Nguyễn Văn An'] },
      ],
    });
  });

  it('refuses a workbook typed in a legacy encoding too', async () => {
    const path = await writeXlsx(dir, 'vni.xlsx', [
      ['ho_ten', 'dia_chi'],
      ['Nguyeãn Vaên Hoaøng', 'Thò traán Ñoâng Anh, Haø Noäi'],
    ]);
    const result = await readTable(path);
    expect(!result.ok && result.message).toMatch(/^Tệp "vni.xlsx" có vẻ được gõ bằng bảng mã tiếng Việt cũ/);
  });

  it('reads a workbook renamed to .csv as the workbook it is', async () => {
    const path = await writeXlsx(dir, 'renamed.csv', [['ho_ten'], ['An']]);
    expect(await readTable(path)).toMatchObject({ ok: true, format: 'xlsx' });
  });

  it('refuses a workbook cut short in the middle of its sheet', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`Nguyễn Văn ${i}`, `Nội dung số ${i}`]);
    const whole = await readFile(await writeXlsx(dir, 'whole.xlsx', [['ho_ten', 'noi_dung'], ...rows]));
    const path = await writeTempFile(dir, 'cut.xlsx', whole.subarray(0, whole.length >> 1));
    expect(await readTable(path)).toEqual({
      ok: false,
      message: `Không đọc được tệp "cut.xlsx": tệp bị hỏng hoặc không phải bảng tính XLSX; ${SAVE}.`,
    });
  });

  it('refuses a damaged workbook', async () => {
    const path = await writeTempFile(dir, 'broken.xlsx', Buffer.from('PK\u0003\u0004not really a zip'));
    expect(await readTable(path)).toEqual({
      ok: false,
      message: `Không đọc được tệp "broken.xlsx": tệp bị hỏng hoặc không phải bảng tính XLSX; ${SAVE}.`,
    });
  });
});

describe('readTable: files that are not a register', () => {
  it.each<[string, string | Buffer, string]>([
    ['bao-cao.pdf', '%PDF-1.7\n', `Tệp "bao-cao.pdf" không phải bảng tính XLSX hoặc CSV; ${SAVE}.`],
    ['ghi-chu.txt', 'ho_ten\nAn\n', `Tệp "ghi-chu.txt" không phải bảng tính XLSX hoặc CSV; ${SAVE}.`],
    [
      'so-cu.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
      `Tệp "so-cu.xls" là định dạng Excel cũ (.xls); ${SAVE}.`,
    ],
    [
      'mat-khau.xlsx',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
      'Tệp "mat-khau.xlsx" đang đặt mật khẩu hoặc là định dạng Excel cũ; hãy bỏ mật khẩu rồi lưu lại dưới dạng ' +
        '"CSV UTF-8 (Comma delimited) (*.csv)" hoặc "Excel Workbook (*.xlsx)".',
    ],
    ['anh.xlsx', '\u0089PNG', `Tệp "anh.xlsx" có đuôi .xlsx nhưng không phải bảng tính Excel; ${SAVE}.`],
    [
      'anh.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
      'Tệp "anh.csv" không được lưu bằng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi; hãy mở bằng Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited) (*.csv)" hoặc XLSX.',
    ],
  ])('%s', async (name, content, message) => {
    const path = await writeTempFile(dir, name, content);
    expect(await readTable(path)).toEqual({ ok: false, message });
  });

  it('refuses a missing file and a folder', async () => {
    expect(await readTable(join(dir, 'khong-co.csv'))).toEqual({
      ok: false,
      message: 'Không mở được tệp "khong-co.csv"; hãy kiểm tra tệp còn tồn tại và chọn lại.',
    });
    const folder = await readTable(dir);
    expect(!folder.ok && folder.message).toMatch(
      /^"register-import-\w+" không phải là tệp; hãy chọn tệp sổ tiếp dân/,
    );
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const path = join(dir, 'lon.csv');
    const handle = await open(path, 'w');
    await handle.truncate(MAX_FILE_BYTES + 5 * 1024 * 1024); // sparse: no 55 MB actually written
    await handle.close();
    expect(await readTable(path)).toEqual({
      ok: false,
      message:
        'Tệp "lon.csv" nặng 55 MB, vượt giới hạn 50 MB; hãy chia sổ thành nhiều tệp nhỏ hơn (ví dụ mỗi năm một tệp) ' +
        'rồi nhập từng tệp.',
    });
  });
});
