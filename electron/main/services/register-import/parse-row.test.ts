import { describe, expect, it } from 'vitest';
import { mapHeader } from './header-map';
import { parseRow, type RowResult } from './parse-row';
import { TEST_NOW } from './test-support';
import type { ColumnCode, RegisterImportRow } from './types';

type Cells = Partial<Record<ColumnCode, string>>;

const MINIMAL: Cells = {
  ngay_tiep: '05/03/2024 08:30',
  ho_ten: 'Nguyễn Văn An',
  phan_loai: 'Khiếu nại',
  noi_dung: 'Khiếu nại quyết định thu hồi đất',
};

/** Parses one row under a header of column codes (or the captions given), as row 2 of a sheet. */
function parse(cells: Cells, captions: Partial<Record<ColumnCode, string>> = {}): RowResult {
  const codes = Object.keys(cells) as ColumnCode[];
  const header = mapHeader(
    codes.map((code) => captions[code] ?? code),
    [],
  );
  return parseRow(
    { rowNumber: 2, cells: codes.map((code) => cells[code] ?? '') },
    { columns: header.columns, now: TEST_NOW },
  );
}

function parsed(cells: Cells): RegisterImportRow {
  const result = parse({ ...MINIMAL, ...cells });
  expect(result.problems).toEqual([]);
  if (result.row === null) throw new Error('row expected');
  return result.row;
}

/** The single error a row gives. */
function errorOf(
  cells: Cells,
  captions?: Partial<Record<ColumnCode, string>>,
): { column: string | null; message: string } {
  const result = parse({ ...MINIMAL, ...cells }, captions);
  expect(result.row).toBeNull();
  expect(result.problems).toHaveLength(1);
  const [problem] = result.problems;
  expect(problem).toMatchObject({ row: 2, severity: 'error' });
  return { column: problem?.column ?? null, message: problem?.message ?? '' };
}

describe('parseRow: the optional kenh column', () => {
  it.each<[string, 'truc_tiep' | 'truc_tuyen']>([
    ['truc_tuyen', 'truc_tuyen'],
    ['Trực tuyến', 'truc_tuyen'],
    ['truc tiep', 'truc_tiep'],
    ['', 'truc_tiep'],
  ])('reads %j as %s', (cell, channel) => {
    expect(parsed({ kenh: cell }).channel).toBe(channel);
  });

  it('refuses a value that is no channel, naming the column and what to write', () => {
    const { column, message } = errorOf({ kenh: 'qua thư' });
    expect([column, message.includes('hãy ghi một trong: trực tiếp, trực tuyến')]).toEqual(['kenh', true]);
  });
});

describe('parseRow: a minimal row', () => {
  it('fills defaults: regular desk, headcount 1, everything optional null', () => {
    const row = parsed({});
    expect(row).toEqual({
      rowNumber: 2,
      receivedAt: '2024-03-05T08:30:00+07:00',
      receptionKind: 'thuong_xuyen',
      sessionKey: null,
      channel: 'truc_tiep',
      person: {
        fullName: 'Nguyễn Văn An',
        gender: null,
        birthYear: null,
        idType: null,
        idNumber: null,
        address: null,
      },
      headcount: 1,
      classification: 'khieu_nai',
      subject: null,
      content: 'Khiếu nại quyết định thu hồi đất',
      caseKey: null,
      resolvedByBody: null,
      handling: null,
      forwardedTo: null,
      resultTracking: null,
      note: null,
      refusalReason: null,
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
    });
  });

  it('brings text to NFC, trims it and collapses spaces in one-line fields, keeping line breaks in content', () => {
    const row = parsed({
      ho_ten: '  Nguyễn   Văn An '.normalize('NFD'),
      dia_chi: ' Thôn 1,\n xã Phú Hữu ',
      noi_dung: '  Dòng một\nDòng hai  ',
      ghi_chu: ' ghi chú ',
    });
    expect(row.person.fullName).toBe('Nguyễn Văn An');
    expect(row.person.fullName).toBe(row.person.fullName.normalize('NFC'));
    expect(row.person.address).toBe('Thôn 1, xã Phú Hữu');
    expect(row.content).toBe('Dòng một\nDòng hai');
    expect(row.note).toBe('ghi chú');
  });
});

describe('parseRow: coded values accept the code or the label, with or without diacritics', () => {
  it.each<[ColumnCode, string, keyof RegisterImportRow | 'gender', string]>([
    ['phan_loai', 'Khiếu nại', 'classification', 'khieu_nai'],
    ['phan_loai', 'khieu nai', 'classification', 'khieu_nai'],
    ['phan_loai', 'KHIEU_NAI', 'classification', 'khieu_nai'],
    ['phan_loai', 'Tố cáo', 'classification', 'to_cao'],
    ['phan_loai', 'kien nghi', 'classification', 'kien_nghi'],
    ['phan_loai', 'PHẢN ÁNH', 'classification', 'phan_anh'],
    ['linh_vuc', 'Đất đai', 'subject', 'dat_dai'],
    ['linh_vuc', 'dat_dai', 'subject', 'dat_dai'],
    ['linh_vuc', 'Chính sách, chế độ', 'subject', 'chinh_sach'],
    ['linh_vuc', 'nha o, tai san', 'subject', 'nha_tai_san'],
    ['linh_vuc', 'Chế độ cán bộ, công chức, viên chức', 'subject', 'che_do_cbccvc'],
    ['linh_vuc', 'hanh chinh khac', 'subject', 'hanh_chinh_khac'],
    ['linh_vuc', 'Tư pháp', 'subject', 'tu_phap'],
    ['linh_vuc', 'THAM NHUNG', 'subject', 'tham_nhung'],
    ['linh_vuc', 'Chính trị, văn hóa, xã hội', 'subject', 'ct_vh_xh'],
    ['linh_vuc', 'Khác', 'subject', 'khac'],
    ['huong_xu_ly', 'Thụ lý để giải quyết', 'handling', 'thu_ly'],
    ['huong_xu_ly', 'thu ly', 'handling', 'thu_ly'],
    ['huong_xu_ly', 'Trả lại đơn và hướng dẫn', 'handling', 'tra_lai_huong_dan'],
    ['huong_xu_ly', 'TRA_LOI_TRUC_TIEP', 'handling', 'tra_loi_truc_tiep'],
    ['tu_choi', 'mat_kiem_soat', 'refusalReason', 'mat_kiem_soat'],
    ['tu_choi', 'Vi phạm nội quy', 'refusalReason', 'vi_pham_noi_quy'],
    ['tu_choi', 'da giai quyet', 'refusalReason', 'da_giai_quyet'],
    ['tu_choi', 'Khác', 'refusalReason', 'khac'],
  ])('%s %j → %s', (column, text, field, code) => {
    const row = parsed({ [column]: text });
    expect(row[field as keyof RegisterImportRow]).toBe(code);
  });

  it.each([
    ['Nam', 'nam'],
    ['NU', 'nu'],
    ['Nữ', 'nu'],
    ['', null],
  ])('gioi_tinh %j → %s', (text, gender) => {
    expect(parsed({ gioi_tinh: text }).person.gender).toBe(gender);
  });

  it.each([
    ['', 'thuong_xuyen', null],
    ['Tiếp thường xuyên', 'thuong_xuyen', null],
    ['dinh ky', 'dinh_ky', 'KT-01'],
    ['Thủ trưởng tiếp đột xuất', 'dot_xuat', 'KT-01'],
    ['Uỷ quyền', 'uy_quyen', 'KT-01'],
  ])('hinh_thuc %j → %s', (text, kind, sessionKey) => {
    const row = parsed({ hinh_thuc: text, ky_tiep: sessionKey ?? '' });
    expect([row.receptionKind, row.sessionKey]).toEqual([kind, sessionKey]);
  });
});

describe('parseRow: other columns', () => {
  it('reads the person, headcount, case and follow-up columns', () => {
    const row = parsed({
      gioi_tinh: 'Nam',
      nam_sinh: '1985',
      loai_giay_to: 'CCCD',
      so_giay_to: '001085012345',
      dia_chi: 'Thôn 1, xã Phú Hữu',
      so_nguoi: '12',
      ma_vu_viec: 'VV-001',
      co_quan_da_giai_quyet: 'UBND xã Phú Hữu',
      huong_xu_ly: 'Chuyển đơn',
      noi_chuyen: 'Sở Tư pháp',
      theo_doi_ket_qua: 'Đã có văn bản trả lời',
    });
    expect(row).toMatchObject({
      person: {
        gender: 'nam',
        birthYear: 1985,
        idType: 'cccd',
        idNumber: '001085012345',
        address: 'Thôn 1, xã Phú Hữu',
      },
      headcount: 12,
      caseKey: 'VV-001',
      resolvedByBody: 'UBND xã Phú Hữu',
      handling: 'chuyen_don',
      forwardedTo: 'Sở Tư pháp',
      resultTracking: 'Đã có văn bản trả lời',
    });
  });

  it('gives the same fingerprint to the same visit whatever its row, NFC/NFD or tone placement', () => {
    const first = parsed({ ho_ten: 'Lê Thị Hoà' });
    const second = parsed({ ho_ten: 'Lê Thị Hòa'.normalize('NFD') });
    const other = parsed({ ho_ten: 'Lê Thị Hoa' });
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(other.fingerprint).not.toBe(first.fingerprint);
  });
});

describe('parseRow: errors, each with its message', () => {
  it.each<[Cells, string, string]>([
    [
      { phan_loai: 'khieu nai dat' },
      'phan_loai',
      'Cột "phan_loai": "khieu nai dat" không phải phân loại hợp lệ; hãy ghi một trong: khiếu nại, tố cáo, kiến nghị, phản ánh.',
    ],
    [
      { phan_loai: '' },
      'phan_loai',
      'Cột "phan_loai": chưa có phân loại; hãy ghi một trong: khiếu nại, tố cáo, kiến nghị, phản ánh.',
    ],
    [{ ho_ten: ' ' }, 'ho_ten', 'Cột "ho_ten": chưa có họ tên; hãy ghi họ và tên người được tiếp.'],
    [
      { noi_dung: '' },
      'noi_dung',
      'Cột "noi_dung": chưa có nội dung vụ việc; hãy tóm tắt nội dung công dân trình bày.',
    ],
    [
      { ngay_tiep: '31/02/2024' },
      'ngay_tiep',
      'Cột "ngay_tiep": ngày "31/02/2024" không có trên lịch; hãy ghi ngày trước, tháng sau (dd/mm/yyyy) và kiểm tra lại.',
    ],
    [
      { hinh_thuc: 'trực tuyến' },
      'hinh_thuc',
      'Cột "hinh_thuc": "trực tuyến" không phải hình thức tiếp hợp lệ; hãy ghi một trong: thường xuyên, định kỳ, đột xuất, ủy quyền.',
    ],
    [
      { hinh_thuc: 'Định kỳ' },
      'ky_tiep',
      'Cột "ky_tiep": lượt "thủ trưởng tiếp định kỳ" cần có kỳ tiếp; hãy ghi mã kỳ tiếp, các lượt của cùng một buổi tiếp ghi cùng một mã.',
    ],
    [
      { gioi_tinh: 'khác' },
      'gioi_tinh',
      'Cột "gioi_tinh": "khác" không phải giới tính hợp lệ; hãy ghi một trong: nam, nữ.',
    ],
    [
      { nam_sinh: '85' },
      'nam_sinh',
      'Cột "nam_sinh": "85" không phải năm sinh hợp lệ; hãy ghi năm bằng 4 chữ số, ví dụ 1975.',
    ],
    [
      { so_nguoi: '0' },
      'so_nguoi',
      'Cột "so_nguoi": "0" không phải số người hợp lệ; hãy ghi một số nguyên từ 1 đến 10000 (để trống nếu chỉ có 1 người).',
    ],
    [
      { loai_giay_to: 'CCCD', so_giay_to: '0010850123' },
      'so_giay_to',
      'Cột "so_giay_to" (số "0010850123"): Số CCCD phải gồm đúng 12 chữ số; hãy kiểm tra lại.',
    ],
    [
      { linh_vuc: 'giao thông' },
      'linh_vuc',
      'Cột "linh_vuc": "giao thông" không phải lĩnh vực hợp lệ; hãy ghi một trong: đất đai; chính sách, chế độ; nhà ở, ' +
        'tài sản; chế độ cán bộ, công chức, viên chức; hành chính khác; tư pháp; tham nhũng; chính trị, văn hóa, xã hội; khác.',
    ],
    [
      { huong_xu_ly: 'lưu' },
      'huong_xu_ly',
      'Cột "huong_xu_ly": "lưu" không phải hướng xử lý hợp lệ; hãy ghi một trong: thụ lý, trả lại đơn và hướng dẫn, ' +
        'chuyển đơn, trả lời trực tiếp.',
    ],
    [
      { huong_xu_ly: 'chuyen_don' },
      'noi_chuyen',
      'Cột "noi_chuyen": hướng xử lý là chuyển đơn nhưng chưa ghi nơi chuyển; hãy ghi tên cơ quan, đơn vị nhận đơn.',
    ],
    [
      { tu_choi: 'có' },
      'tu_choi',
      'Cột "tu_choi": "có" không phải lý do từ chối tiếp hợp lệ; hãy ghi một trong: mất kiểm soát, vi phạm nội quy, ' +
        'đã giải quyết, khác (để trống nếu không từ chối).',
    ],
  ])('%j', (cells, column, message) => {
    expect(errorOf(cells)).toEqual({ column, message });
  });

  it("names the column by the file's own caption", () => {
    expect(errorOf({ phan_loai: 'đơn thư' }, { phan_loai: 'Phân loại đơn' }).message).toBe(
      'Cột "Phân loại đơn": "đơn thư" không phải phân loại hợp lệ; hãy ghi một trong: khiếu nại, tố cáo, kiến nghị, phản ánh.',
    );
  });

  it('reports every error of a row, not only the first', () => {
    const result = parse({ ...MINIMAL, ngay_tiep: '', ho_ten: '', so_nguoi: 'x', phan_loai: 'y' });
    expect(result.row).toBeNull();
    expect(result.problems.map((p) => p.column)).toEqual(['ngay_tiep', 'ho_ten', 'so_nguoi', 'phan_loai']);
  });
});

describe('parseRow: warnings keep the row', () => {
  it('drops a session key on a regular-desk visit, with a warning', () => {
    const result = parse({ ...MINIMAL, ky_tiep: 'KT-01' });
    expect(result.row?.sessionKey).toBeNull();
    expect(result.problems).toEqual([
      {
        row: 2,
        column: 'ky_tiep',
        severity: 'warning',
        message:
          'Cột "ky_tiep": lượt tiếp thường xuyên không thuộc kỳ tiếp nào nên bỏ qua "KT-01"; nếu đây là buổi lãnh đạo ' +
          'tiếp, hãy ghi hình thức tiếp là định kỳ, đột xuất hoặc ủy quyền.',
      },
    ]);
  });

  it('questions a refused visit that still has a handling', () => {
    const result = parse({ ...MINIMAL, huong_xu_ly: 'Thụ lý', tu_choi: 'vi_pham_noi_quy' });
    expect(result.row).toMatchObject({ handling: 'thu_ly', refusalReason: 'vi_pham_noi_quy' });
    expect(result.problems).toEqual([
      {
        row: 2,
        column: 'huong_xu_ly',
        severity: 'warning',
        message:
          'Lượt tiếp bị từ chối (cột "tu_choi") nhưng vẫn ghi hướng xử lý; hãy kiểm tra lại, lượt bị từ chối thường ' +
          'không có hướng xử lý.',
      },
    ]);
  });

  it('passes on ID warnings (CCCD says another birth year) and the padding of a shortened CCCD', () => {
    const result = parse({ ...MINIMAL, nam_sinh: '1986', so_giay_to: '1085012345' });
    expect(result.row?.person).toMatchObject({ idType: 'cccd', idNumber: '001085012345', birthYear: 1986 });
    expect(result.problems.map((p) => [p.column, p.severity])).toEqual([
      ['so_giay_to', 'warning'],
      ['so_giay_to', 'warning'],
    ]);
    expect(result.problems[1]?.message).toBe(
      'Cột "so_giay_to" (số "001085012345"): Số CCCD cho biết năm sinh 1985, khác năm sinh đã nhập 1986; hãy kiểm ' +
        'tra lại hoặc xác nhận để lưu.',
    );
  });
});

describe('parseRow: a fingerprint known from an earlier pass', () => {
  it('keeps the fingerprint it is given instead of computing it again', () => {
    const header = mapHeader(Object.keys(MINIMAL), []);
    const source = { rowNumber: 2, cells: Object.values<string>(MINIMAL) };
    const computed = parseRow(source, { columns: header.columns, now: TEST_NOW }).row;
    const given = parseRow(source, {
      columns: header.columns,
      now: TEST_NOW,
      fingerprint: 'f'.repeat(64),
    }).row;
    expect(computed?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(computed?.fingerprint).not.toBe('f'.repeat(64));
    expect(given).toEqual({ ...computed, fingerprint: 'f'.repeat(64) });
  });
});
