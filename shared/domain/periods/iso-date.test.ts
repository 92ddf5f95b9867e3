import { afterEach, describe, expect, it } from 'vitest';

import {
  addDays,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatDmy,
  isoFromParts,
  parseIsoDate,
  sameDayLastYear,
} from './iso-date';

describe('iso-date', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2000, 2, 29],
    [1900, 2, 28],
    [2100, 2, 28],
    [2024, 4, 30],
    [2024, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2023-02-29', null],
    ['2024-13-01', null],
    ['2024-00-10', null],
    ['2024-04-31', null],
    ['2024-4-01', null],
    ['0999-01-01', null],
    ['2024-01-01T00:00', null],
  ])('parseIsoDate(%s)', (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });

  it.each([
    [2024, 0, 15, '2023-12-15'],
    [2024, 13, 1, '2025-01-01'],
    [2024, 3, 0, '2024-02-29'],
    [2023, 3, 0, '2023-02-28'],
    [2024, 12, 14, '2024-12-14'],
  ])('isoFromParts(%i, %i, %i) = %s', (year, month, day, expected) => {
    expect(isoFromParts(year, month, day)).toBe(expected);
  });

  it.each([
    ['2024-12-27', 6, '2025-01-02'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2025-01-03', -7, '2024-12-27'],
  ])('addDays(%s, %i) = %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
    expect(daysBetween(from, expected)).toBe(days);
  });

  it.each([
    ['2024-06-07', 5],
    ['2024-01-01', 1],
    ['2023-01-01', 0],
    ['2021-01-01', 5],
  ])('dayOfWeek(%s) = %i', (date, day) => {
    expect(dayOfWeek(date)).toBe(day);
  });

  it.each([
    ['2024-02-29', '2023-02-28'],
    ['2024-02-28', '2023-02-28'],
    ['2025-03-01', '2024-03-01'],
    ['2025-02-28', '2024-02-28'],
  ])('sameDayLastYear(%s) = %s', (date, expected) => {
    expect(sameDayLastYear(date)).toBe(expected);
  });

  it('formats dd/mm/yyyy', () => {
    expect(formatDmy('2024-06-07')).toBe('07/06/2024');
  });

  describe('whatever the machine time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it.each(['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])('%s', (zone) => {
      process.env.TZ = zone;
      expect(addDays('2024-03-30', 2)).toBe('2024-04-01');
      expect(dayOfWeek('2024-06-07')).toBe(5);
      expect(isoFromParts(2024, 0, 15)).toBe('2023-12-15');
      expect(daysBetween('2024-03-01', '2024-11-01')).toBe(245);
    });
  });
});
