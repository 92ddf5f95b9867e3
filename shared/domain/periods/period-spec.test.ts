import { describe, expect, it } from 'vitest';

import { formatPeriodSpec, parsePeriodSpec, PeriodSpecError } from './period-spec';
import type { PeriodSpec } from './period-spec';

describe('parsePeriodSpec', () => {
  const cases: Array<[string, PeriodSpec, string]> = [
    ['2024-W23', { kind: 'week', year: 2024, week: 23 }, '2024-W23'],
    ['2024-W5', { kind: 'week', year: 2024, week: 5 }, '2024-W05'],
    ['2021-W53', { kind: 'week', year: 2021, week: 53 }, '2021-W53'],
    ['2024-M05', { kind: 'month', year: 2024, month: 5 }, '2024-M05'],
    ['2024-M12', { kind: 'month', year: 2024, month: 12 }, '2024-M12'],
    ['2024-Q2', { kind: 'quarter', year: 2024, quarter: 2 }, '2024-Q2'],
    ['2024-H1', { kind: 'half-year', year: 2024, half: 1 }, '2024-H1'],
    ['2024-H2', { kind: 'half-year', year: 2024, half: 2 }, '2024-H2'],
    ['2024-9M', { kind: 'nine-months', year: 2024 }, '2024-9M'],
    ['2024-Y', { kind: 'year', year: 2024 }, '2024-Y'],
    ['2024-QH', { kind: 'assembly-year', year: 2024 }, '2024-QH'],
    [
      '2024-01-01..2024-03-31',
      { kind: 'custom', from: '2024-01-01', to: '2024-03-31' },
      '2024-01-01..2024-03-31',
    ],
    [
      '2024-02-29..2024-02-29',
      { kind: 'custom', from: '2024-02-29', to: '2024-02-29' },
      '2024-02-29..2024-02-29',
    ],
    ['  2024-q2 ', { kind: 'quarter', year: 2024, quarter: 2 }, '2024-Q2'],
    ['2024-qh', { kind: 'assembly-year', year: 2024 }, '2024-QH'],
    ['2024-9m', { kind: 'nine-months', year: 2024 }, '2024-9M'],
    [
      '2024-01-01 .. 2024-03-31',
      { kind: 'custom', from: '2024-01-01', to: '2024-03-31' },
      '2024-01-01..2024-03-31',
    ],
  ];

  it.each(cases)('%s', (text, expected, canonical) => {
    const spec = parsePeriodSpec(text);
    expect(spec).toEqual(expected);
    expect(formatPeriodSpec(spec)).toBe(canonical);
    expect(parsePeriodSpec(canonical)).toEqual(expected);
  });
});

describe('parsePeriodSpec refuses bad specs in Vietnamese', () => {
  const cases: Array<[string, string]> = [
    ['2024-Q5', 'quý phải từ 1 đến 4'],
    ['2024-Q0', 'quý phải từ 1 đến 4'],
    ['2024-M13', 'tháng phải từ 01 đến 12'],
    ['2024-M00', 'tháng phải từ 01 đến 12'],
    ['2024-W54', 'tuần phải từ 01 đến 53'],
    ['2024-W00', 'tuần phải từ 01 đến 53'],
    ['2024-H3', 'nửa năm chỉ có H1'],
    ['quý 2 năm 2024', 'không nhận ra dạng kỳ báo cáo'],
    ['', 'không nhận ra dạng kỳ báo cáo'],
    ['24-Q1', 'không nhận ra dạng kỳ báo cáo'],
    ['2024-Q', 'không nhận ra dạng kỳ báo cáo'],
    ['2024-M123', 'không nhận ra dạng kỳ báo cáo'],
    ['0999-Y', 'năm 0999 không hợp lệ'],
    ['2024-03-31..2024-01-01', 'ngày bắt đầu 31/03/2024 ở sau ngày kết thúc 01/01/2024'],
    ['2023-02-29..2023-03-31', 'ngày "2023-02-29" không có trong lịch'],
    ['2024-01-01..2024-13-01', 'ngày "2024-13-01" không có trong lịch'],
  ];

  it.each(cases)('%s', (text, reason) => {
    let caught: unknown;
    try {
      parsePeriodSpec(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PeriodSpecError);
    const error = caught as PeriodSpecError;
    expect(error.message).toContain(reason);
    expect(error.message).toContain(`Kỳ báo cáo "${text.trim()}" không hợp lệ`);
    expect(error.message).toContain('Các dạng được chấp nhận: 2024-W23 (tuần 23), 2024-M05 (tháng 5)');
    expect(error.message).toContain('2024-01-01..2024-03-31');
    expect(error.input).toBe(text.trim());
    expect(error.name).toBe('PeriodSpecError');
  });
});
