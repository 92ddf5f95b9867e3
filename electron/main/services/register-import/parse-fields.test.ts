import { describe, expect, it } from 'vitest';
import { parseBirthYear, parseHeadcount, parseReceivedAt } from './parse-fields';
import { TEST_NOW } from './test-support';

describe('parseReceivedAt', () => {
  it.each([
    ['05/03/2024', '2024-03-05T00:00:00+07:00'],
    ['5/3/2024', '2024-03-05T00:00:00+07:00'],
    ['05-03-2024', '2024-03-05T00:00:00+07:00'],
    ['05.03.2024', '2024-03-05T00:00:00+07:00'],
    ['05/03/2024 08:30', '2024-03-05T08:30:00+07:00'],
    ['05/03/2024  8:30', '2024-03-05T08:30:00+07:00'],
    ['05/03/2024 8h30', '2024-03-05T08:30:00+07:00'],
    ['05/03/2024 14h', '2024-03-05T14:00:00+07:00'],
    ['2024-03-05', '2024-03-05T00:00:00+07:00'],
    ['2024-03-05 08:30', '2024-03-05T08:30:00+07:00'],
    ['2024-03-05T08:30:15', '2024-03-05T08:30:15+07:00'],
    ['29/02/2024', '2024-02-29T00:00:00+07:00'],
    ['01/01/1990', '1990-01-01T00:00:00+07:00'],
    ['31/12/2024 10:00', '2024-12-31T10:00:00+07:00'],
  ])('%j → %s', (text, iso) => {
    expect(parseReceivedAt(text, 'ngay_tiep', TEST_NOW)).toEqual({ ok: true, value: iso });
  });

  const pattern =
    'hãy ghi ngày theo dạng dd/mm/yyyy hoặc yyyy-mm-dd, có thể thêm giờ hh:mm, ví dụ 05/03/2024 08:30.';
  it.each([
    ['', 'Cột "Ngày tiếp": chưa có ngày tiếp; hãy ghi ngày theo dạng dd/mm/yyyy, ví dụ 05/03/2024.'],
    ['hôm qua', `Cột "Ngày tiếp": "hôm qua" không phải ngày hợp lệ; ${pattern}`],
    ['05/03/24', `Cột "Ngày tiếp": "05/03/24" không phải ngày hợp lệ; ${pattern}`],
    ['45356', `Cột "Ngày tiếp": "45356" không phải ngày hợp lệ; ${pattern}`],
    [
      '31/02/2024',
      'Cột "Ngày tiếp": ngày "31/02/2024" không có trên lịch; hãy ghi ngày trước, tháng sau (dd/mm/yyyy) và kiểm tra lại.',
    ],
    [
      '29/02/2023',
      'Cột "Ngày tiếp": ngày "29/02/2023" không có trên lịch; hãy ghi ngày trước, tháng sau (dd/mm/yyyy) và kiểm tra lại.',
    ],
    [
      '3/25/2024',
      'Cột "Ngày tiếp": ngày "3/25/2024" không có trên lịch; hãy ghi ngày trước, tháng sau (dd/mm/yyyy) và kiểm tra lại.',
    ],
    [
      '05/03/2024 24:00',
      'Cột "Ngày tiếp": giờ trong "05/03/2024 24:00" không hợp lệ; hãy ghi giờ từ 00:00 đến 23:59.',
    ],
    [
      '05/03/2024 08:75',
      'Cột "Ngày tiếp": giờ trong "05/03/2024 08:75" không hợp lệ; hãy ghi giờ từ 00:00 đến 23:59.',
    ],
    [
      '31/12/1989',
      'Cột "Ngày tiếp": ngày "31/12/1989" trước năm 1990; hãy kiểm tra lại năm (ghi đủ 4 chữ số).',
    ],
    [
      '01/01/2025',
      'Cột "Ngày tiếp": ngày "01/01/2025" ở sau thời điểm hiện tại (31/12/2024 10:00); hãy kiểm tra lại ngày tiếp.',
    ],
    [
      '31/12/2024 10:01',
      'Cột "Ngày tiếp": ngày "31/12/2024 10:01" ở sau thời điểm hiện tại (31/12/2024 10:00); hãy kiểm tra lại ngày tiếp.',
    ],
  ])('%j is refused', (text, message) => {
    expect(parseReceivedAt(text, 'Ngày tiếp', TEST_NOW)).toEqual({ ok: false, message });
  });
});

describe('parseBirthYear', () => {
  it.each([
    ['', null],
    ['1975', 1975],
    ['1900', 1900],
    ['2024', 2024],
  ])('%j → %s', (text, year) => {
    expect(parseBirthYear(text, 'nam_sinh', 2024)).toEqual({ ok: true, value: year });
  });

  it.each([
    ['75', 'Cột "Năm sinh": "75" không phải năm sinh hợp lệ; hãy ghi năm bằng 4 chữ số, ví dụ 1975.'],
    [
      '12/05/1975',
      'Cột "Năm sinh": "12/05/1975" không phải năm sinh hợp lệ; hãy ghi năm bằng 4 chữ số, ví dụ 1975.',
    ],
    ['1899', 'Cột "Năm sinh": năm sinh 1899 không hợp lý; hãy ghi năm từ 1900 đến 2024.'],
    ['2025', 'Cột "Năm sinh": năm sinh 2025 không hợp lý; hãy ghi năm từ 1900 đến 2024.'],
  ])('%j is refused', (text, message) => {
    expect(parseBirthYear(text, 'Năm sinh', 2024)).toEqual({ ok: false, message });
  });
});

describe('parseHeadcount', () => {
  it.each([
    ['', 1],
    ['1', 1],
    ['12', 12],
    ['10000', 10000],
  ])('%j → %i', (text, count) => {
    expect(parseHeadcount(text, 'so_nguoi')).toEqual({ ok: true, value: count });
  });

  it.each(['0', '-3', '2.5', '10001', 'năm', '5 người'])('%j is refused', (text) => {
    expect(parseHeadcount(text, 'Số người')).toEqual({
      ok: false,
      message: `Cột "Số người": "${text}" không phải số người hợp lệ; hãy ghi một số nguyên từ 1 đến 10000 (để trống nếu chỉ có 1 người).`,
    });
  });
});
