import { describe, expect, it } from 'vitest';
import { errorOf, MINIMAL, parse, type Cells } from './parse-row-support';

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
