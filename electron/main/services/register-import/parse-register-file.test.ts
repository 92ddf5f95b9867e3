import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { parseRegisterFile } from './parse-register-file';
import { SAMPLE_CSV, TEST_NOW, makeTempDir, writeSampleXlsx, writeTempFile, writeXlsx } from './test-support';

const options = { now: TEST_NOW };
const HEADER = 'ngay_tiep;ho_ten;phan_loai;noi_dung;so_nguoi';

let dir = '';
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseRegisterFile: the sample register', () => {
  it('imports every row of the CSV without a problem', async () => {
    const result = await parseRegisterFile(SAMPLE_CSV, options);
    expect(result.problems).toEqual([]);
    expect(result.totalRows).toBe(13);
    expect(result.rows.map((row) => row.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('reads its cases, groups, sessions and refusals', async () => {
    const { rows } = await parseRegisterFile(SAMPLE_CSV, options);
    const byRow = new Map(rows.map((row) => [row.rowNumber, row]));
    const caseRows = rows.filter((row) => row.caseKey === 'VV-2024-001');
    expect(caseRows.map((row) => [row.receivedAt, row.receptionKind, row.sessionKey])).toEqual([
      ['2024-03-05T08:30:00+07:00', 'thuong_xuyen', null],
      ['2024-03-12T00:00:00+07:00', 'thuong_xuyen', null],
      ['2024-04-20T14:00:00+07:00', 'dinh_ky', 'KT-2024-04-20'],
    ]);
    expect(new Set(caseRows.map((row) => row.person.idNumber))).toEqual(new Set(['001085000001']));
    expect(rows.filter((row) => row.headcount >= 5).map((row) => row.headcount)).toEqual([12, 6, 5]);
    expect(rows.filter((row) => row.refusalReason !== null).map((row) => row.refusalReason)).toEqual([
      'da_giai_quyet',
      'vi_pham_noi_quy',
    ]);
    expect(byRow.get(6)?.content).toBe('Phản ánh tiếng ồn của cơ sở karaoke\nkéo dài sau 23 giờ');
    expect(byRow.get(9)).toMatchObject({
      receptionKind: 'uy_quyen',
      sessionKey: 'UQ-2024-06-03',
      person: { idType: 'ho_chieu', idNumber: 'B1234567' },
      subject: 'nha_tai_san',
    });
    expect(byRow.get(5)).toMatchObject({
      handling: 'chuyen_don',
      forwardedTo: 'Sở Nông nghiệp và Môi trường',
    });
  });

  it('reads the same register kept as XLSX (Date cells, numbers) into the same rows', async () => {
    const csv = await parseRegisterFile(SAMPLE_CSV, options);
    const xlsx = await parseRegisterFile(await writeSampleXlsx(dir), options);
    expect(xlsx.rows).toEqual(csv.rows);
    // ID numbers stored as numbers lost their leading zeros; each is padded back with a warning.
    expect(xlsx.problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [2, 'so_giay_to', 'warning'],
      [3, 'so_giay_to', 'warning'],
      [4, 'so_giay_to', 'warning'],
      [5, 'so_giay_to', 'warning'],
      [7, 'so_giay_to', 'warning'],
      [10, 'so_giay_to', 'warning'],
    ]);
    expect(xlsx.problems[4]?.message).toBe(
      'Cột "Số CCCD": số "12345678" chỉ có 8 chữ số, có lẽ Excel đã bỏ các số 0 ở đầu; đã sửa thành "012345678". ' +
        'Hãy đối chiếu với sổ gốc; lần sau hãy định dạng cột này là Văn bản (Text).',
    );
  });

  it('gives each row the same fingerprint on a second reading', async () => {
    const first = await parseRegisterFile(SAMPLE_CSV, options);
    const second = await parseRegisterFile(SAMPLE_CSV, options);
    expect(second.rows.map((row) => row.fingerprint)).toEqual(first.rows.map((row) => row.fingerprint));
    expect(new Set(first.rows.map((row) => row.fingerprint)).size).toBe(13);
  });
});

describe('parseRegisterFile: problems', () => {
  it('reports every error of every row and keeps the good rows', async () => {
    const csv = [
      HEADER,
      '05/03/2024;Nguyễn Văn An;Khiếu nại;Đất đai;1',
      '31/02/2024;Trần Thị Bình;khieu nai dat;Nhà ở;1',
      '06/03/2024;;Tố cáo;Cán bộ;0',
      '07/03/2024;Lê Văn Cường;Kiến nghị;Giá điện;2',
    ].join('\r\n');
    const result = await parseRegisterFile(await writeTempFile(dir, 'loi.csv', `\ufeff${csv}\r\n`), options);
    expect(result.totalRows).toBe(4);
    expect(result.rows.map((row) => row.rowNumber)).toEqual([2, 5]);
    expect(result.problems).toEqual([
      {
        row: 3,
        column: 'ngay_tiep',
        severity: 'error',
        message:
          'Cột "ngay_tiep": ngày "31/02/2024" không có trên lịch; hãy ghi ngày trước, tháng sau (dd/mm/yyyy) và kiểm tra lại.',
      },
      {
        row: 3,
        column: 'phan_loai',
        severity: 'error',
        message:
          'Cột "phan_loai": "khieu nai dat" không phải phân loại hợp lệ; hãy ghi một trong: khiếu nại, tố cáo, kiến nghị, phản ánh.',
      },
      {
        row: 4,
        column: 'ho_ten',
        severity: 'error',
        message: 'Cột "ho_ten": chưa có họ tên; hãy ghi họ và tên người được tiếp.',
      },
      {
        row: 4,
        column: 'so_nguoi',
        severity: 'error',
        message:
          'Cột "so_nguoi": "0" không phải số người hợp lệ; hãy ghi một số nguyên từ 1 đến 10000 (để trống nếu chỉ có 1 người).',
      },
    ]);
  });

  it('keeps the first of two identical rows and warns on the second', async () => {
    const row = '05/03/2024 08:30;Nguyễn Văn An;Khiếu nại;Đất đai;1';
    const path = await writeTempFile(
      dir,
      'trung.csv',
      [HEADER, row, '06/03/2024;Lê Thị Hoa;Tố cáo;x;', row].join('\n'),
    );
    const result = await parseRegisterFile(path, options);
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(result.problems).toEqual([
      {
        row: 4,
        column: null,
        severity: 'warning',
        message:
          'Dòng 4 trùng hoàn toàn với dòng 2; chỉ nhập dòng 2. Nếu đây là hai lượt tiếp khác nhau, hãy ghi rõ giờ tiếp ' +
          'hoặc ghi chú.',
      },
    ]);
  });

  it('names all missing required columns once and imports nothing', async () => {
    const path = await writeTempFile(dir, 'thieu.csv', 'Họ tên,Địa chỉ,Ghi chú\nNguyễn Văn An,Hà Nội,\n');
    expect(await parseRegisterFile(path, options)).toEqual({
      rows: [],
      totalRows: 1,
      problems: [
        {
          row: null,
          column: null,
          severity: 'error',
          message:
            'Thiếu cột bắt buộc "ngay_tiep" (Ngày tiếp), "phan_loai" (Phân loại), "noi_dung" (Nội dung); hãy thêm các ' +
            'cột này vào dòng tiêu đề.',
        },
      ],
    });
  });

  it('turns an unreadable file into one file-level problem', async () => {
    const path = await writeTempFile(dir, 'so.docx', 'PK\u0003\u0004');
    const result = await parseRegisterFile(path, options);
    expect(result).toEqual({
      rows: [],
      totalRows: 0,
      problems: [
        {
          row: null,
          column: null,
          severity: 'error',
          message:
            'Tệp "so.docx" không phải bảng tính XLSX hoặc CSV; hãy mở bằng Excel và lưu lại dưới dạng ' +
            '"CSV UTF-8 (Comma delimited) (*.csv)" hoặc "Excel Workbook (*.xlsx)".',
        },
      ],
    });
  });

  it('refuses a register typed in a legacy encoding', async () => {
    const text = `${HEADER}\n05/03/2024;NguyÔn V¨n An;KhiÕu n¹i;§Êt ®ai;1\n06/03/2024;TrÇn ThÞ B×nh;Tè c¸o;Nhµ ë;1\n`;
    const result = await parseRegisterFile(await writeTempFile(dir, 'tcvn3.csv', text), options);
    expect(result.rows).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/^Tệp "tcvn3.csv" có vẻ được gõ bằng bảng mã tiếng Việt cũ/);
  });

  it('says so when the file has a header and no data', async () => {
    const result = await parseRegisterFile(await writeTempFile(dir, 'rong.csv', `${HEADER}\n`), options);
    expect(result.problems).toEqual([
      {
        row: null,
        column: null,
        severity: 'error',
        message: 'Tệp chỉ có dòng tiêu đề, chưa có dòng dữ liệu nào; hãy chọn đúng tệp sổ tiếp dân.',
      },
    ]);
  });
});

describe('parseRegisterFile: register layouts', () => {
  it('finds the header below title lines, skips the column-number row and repeated headers', async () => {
    const header = ['STT', 'Ngày tiếp', 'Họ và tên', 'Phân loại', 'Nội dung vụ việc'];
    const path = await writeXlsx(dir, 'mau-03.xlsx', [
      ['UBND XÃ PHÚ HỮU'],
      ['SỔ TIẾP CÔNG DÂN NĂM 2024'],
      [],
      header,
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      [1, new Date(Date.UTC(2024, 2, 5, 8, 30)), 'Nguyễn Văn An', 'Khiếu nại', 'Thu hồi đất'],
      header,
      [
        2,
        new Date(Date.UTC(2024, 2, 6)),
        { richText: [{ text: 'Lê Thị ' }, { text: 'Hoa' }] },
        'Tố cáo',
        'Cán bộ',
      ],
    ]);
    const result = await parseRegisterFile(path, options);
    expect(result.problems).toEqual([
      {
        row: null,
        column: null,
        severity: 'warning',
        message: 'Lấy dòng 4 làm dòng tiêu đề; bỏ qua 2 dòng phía trên (tên sổ, tên cơ quan...).',
      },
    ]);
    expect(result.totalRows).toBe(2);
    expect(result.rows.map((row) => [row.rowNumber, row.receivedAt, row.person.fullName])).toEqual([
      [6, '2024-03-05T08:30:00+07:00', 'Nguyễn Văn An'],
      [8, '2024-03-06T00:00:00+07:00', 'Lê Thị Hoa'],
    ]);
  });

  it('warns about columns it does not know and imports the rest', async () => {
    const path = await writeTempFile(
      dir,
      'la.csv',
      `${HEADER};Cán bộ tiếp\n05/03/2024;An;Khiếu nại;x;;Hùng\n`,
    );
    const result = await parseRegisterFile(path, options);
    expect(result.rows).toHaveLength(1);
    expect(result.problems.map((p) => [p.row, p.severity])).toEqual([[null, 'warning']]);
    expect(result.problems[0]?.message).toMatch(/^Không nhận ra các cột "Cán bộ tiếp"/);
  });
});
