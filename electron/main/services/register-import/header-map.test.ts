import { describe, expect, it } from 'vitest';
import { columnLetter, findHeaderRow, mapHeader, matchHeader } from './header-map';
import { COLUMN_CODES } from './types';

describe('matchHeader', () => {
  it('matches every column code, in any case and with spaces for underscores', () => {
    for (const code of COLUMN_CODES) {
      expect(matchHeader(code)).toBe(code);
      expect(matchHeader(` ${code.toUpperCase().replace(/_/g, ' ')} `)).toBe(code);
    }
  });

  it.each([
    ['Ngày tiếp', 'ngay_tiep'],
    ['NGAY TIEP', 'ngay_tiep'],
    ['ngày  tiếp', 'ngay_tiep'],
    ['Ngày tiếp'.normalize('NFD'), 'ngay_tiep'],
    ['Họ và tên', 'ho_ten'],
    ['Họ tên', 'ho_ten'],
    ['HO_VA_TEN', 'ho_ten'],
    ['Số CCCD', 'so_giay_to'],
    ['Số CCCD/CMND', 'so_giay_to'],
    ['CMND/Hộ chiếu', 'so_giay_to'],
    ['Số giấy tờ', 'so_giay_to'],
    ['Địa chỉ', 'dia_chi'],
    ['dia chi', 'dia_chi'],
    ['Nội dung vụ việc', 'noi_dung'],
    ['Phân loại đơn', 'phan_loai'],
    ['Lĩnh vực', 'linh_vuc'],
    ['Hình thức tiếp', 'hinh_thuc'],
    ['Kỳ tiếp', 'ky_tiep'],
    ['Mã vụ việc', 'ma_vu_viec'],
    ['Số người', 'so_nguoi'],
    ['Từ chối', 'tu_choi'],
    ['Lý do từ chối tiếp', 'tu_choi'],
    ['Cơ quan đã giải quyết', 'co_quan_da_giai_quyet'],
    ['Hướng xử lý', 'huong_xu_ly'],
    ['Chuyển đơn đến', 'noi_chuyen'],
    ['Theo dõi kết quả giải quyết', 'theo_doi_ket_qua'],
    ['Ghi chú:', 'ghi_chu'],
    ['Giới tính', 'gioi_tinh'],
    ['Năm sinh', 'nam_sinh'],
    ['Loại giấy tờ', 'loai_giay_to'],
    ['STT', 'ignored'],
    ['Ngày sinh', null],
    ['Cán bộ tiếp', null],
  ])('%j → %s', (caption, expected) => {
    expect(matchHeader(caption)).toBe(expected);
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
  ])('%i → %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});

describe('mapHeader', () => {
  it('maps captions to codes, keeping the caption for messages', () => {
    const result = mapHeader(['STT', 'Ngày tiếp', 'Họ và tên', 'Phân loại', 'Nội dung'], []);
    expect(result).toEqual({
      columns: {
        ngay_tiep: { index: 1, caption: 'Ngày tiếp' },
        ho_ten: { index: 2, caption: 'Họ và tên' },
        phan_loai: { index: 3, caption: 'Phân loại' },
        noi_dung: { index: 4, caption: 'Nội dung' },
      },
      problems: [],
      isUsable: true,
    });
  });

  it('names every missing required column in one error', () => {
    const result = mapHeader(['Họ tên', 'Địa chỉ'], []);
    expect(result.isUsable).toBe(false);
    expect(result.problems).toEqual([
      {
        row: null,
        column: null,
        severity: 'error',
        message:
          'Thiếu cột bắt buộc "ngay_tiep" (Ngày tiếp), "phan_loai" (Phân loại), "noi_dung" (Nội dung); ' +
          'hãy thêm các cột này vào dòng tiêu đề.',
      },
    ]);
  });

  it('warns about unknown columns, and untitled ones only when they hold data', () => {
    const header = ['ngay_tiep', 'ho_ten', 'phan_loai', 'noi_dung', 'Cán bộ tiếp', '', '', 'Giờ'];
    const rows = [{ rowNumber: 2, cells: ['05/03/2024', 'An', 'khieu nai', 'x', 'Hùng', '', 'ghi thêm'] }];
    const result = mapHeader(header, rows);
    expect(result.isUsable).toBe(true);
    expect(result.problems).toEqual([
      {
        row: null,
        column: null,
        severity: 'warning',
        message:
          'Không nhận ra các cột "Cán bộ tiếp", "Giờ" nên bỏ qua dữ liệu ở đó; nếu cần nhập, hãy đổi tiêu đề ' +
          'theo mẫu (ví dụ "Ngày tiếp", "Họ tên", "Số giấy tờ").',
      },
      {
        row: null,
        column: null,
        severity: 'warning',
        message: 'Cột G có dữ liệu nhưng không có tiêu đề nên bị bỏ qua.',
      },
    ]);
  });

  it('refuses a column named twice', () => {
    const result = mapHeader(['ngay_tiep', 'Họ tên', 'phan_loai', 'noi_dung', 'Họ và tên'], []);
    expect(result.isUsable).toBe(false);
    expect(result.problems.map((p) => p.message)).toEqual([
      'Cột "ho_ten" xuất hiện hai lần ("Họ tên" ở cột B và "Họ và tên" ở cột E); hãy xóa hoặc đổi tiêu đề một ' +
        'trong hai cột.',
    ]);
  });
});

describe('findHeaderRow', () => {
  it('passes over title lines above the header', () => {
    const rows = [
      { rowNumber: 1, cells: ['UBND XÃ PHÚ HỮU'] },
      { rowNumber: 2, cells: ['SỔ TIẾP CÔNG DÂN NĂM 2024'] },
      { rowNumber: 4, cells: ['STT', 'Ngày tiếp', 'Họ tên', 'Nội dung'] },
    ];
    expect(findHeaderRow(rows)).toBe(2);
  });

  it('falls back to the first row when no row looks like a header', () => {
    expect(findHeaderRow([{ rowNumber: 1, cells: ['a', 'b'] }])).toBe(0);
  });
});
