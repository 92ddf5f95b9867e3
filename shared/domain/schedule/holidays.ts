/**
 * Public holidays (Bộ luật Lao động 2019, Art. 112) for seeding the editable holiday table. Lunar dates
 * come from a checked table (Tết = 1st day of the 1st lunar month, Giỗ Tổ = 10th day of the 3rd lunar
 * month, Vietnamese calendar at UTC+7), not computed: offices edit the table when the Government fixes the
 * year's exact Tết days and swaps.
 */
import { addDays, isWeekend } from './dates';

export type HolidayKind = 'le' | 'tet' | 'nghi_bu';

export interface HolidaySeed {
  day: string;
  name: string;
  kind: HolidayKind;
}

/** Mùng 1 Tết Nguyên đán, checked against published Vietnamese calendars. */
export const LUNAR_NEW_YEAR: Record<number, string> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};

/** Giỗ Tổ Hùng Vương, 10/3 âm lịch. */
export const HUNG_KINGS_DAY: Record<number, string> = {
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
};

export const HOLIDAY_YEARS = Object.keys(LUNAR_NEW_YEAR).map(Number);

/** Tết: the last day of the old year and mùng 1 to mùng 4 (five days, the Code's count). */
function tetDays(year: number): HolidaySeed[] {
  const first = LUNAR_NEW_YEAR[year];
  if (first === undefined) return [];
  const names = ['Tết Nguyên đán (30 Tết)', 'Tết Nguyên đán (mùng 1)', 'Tết Nguyên đán (mùng 2)'];
  names.push('Tết Nguyên đán (mùng 3)', 'Tết Nguyên đán (mùng 4)');
  return names.map((name, index) => ({ day: addDays(first, index - 1), name, kind: 'tet' }));
}

function fixedDays(year: number): HolidaySeed[] {
  const days: HolidaySeed[] = [
    { day: `${year}-01-01`, name: 'Tết Dương lịch', kind: 'le' },
    { day: `${year}-04-30`, name: 'Ngày Chiến thắng', kind: 'le' },
    { day: `${year}-05-01`, name: 'Ngày Quốc tế Lao động', kind: 'le' },
    { day: `${year}-09-01`, name: 'Quốc khánh (ngày liền kề)', kind: 'le' },
    { day: `${year}-09-02`, name: 'Quốc khánh', kind: 'le' },
  ];
  const hungKings = HUNG_KINGS_DAY[year];
  if (hungKings !== undefined) days.push({ day: hungKings, name: 'Giỗ Tổ Hùng Vương', kind: 'le' });
  return days;
}

/**
 * The year's holidays with substitute days: a holiday on Saturday or Sunday gives the next working day
 * off (nghỉ bù, Art. 111(3)), taken in order so two weekend holidays give two distinct days.
 */
export function holidaysOfYear(year: number): HolidaySeed[] {
  const days = [...fixedDays(year), ...tetDays(year)].sort((a, b) => a.day.localeCompare(b.day));
  const taken = new Set(days.map((holiday) => holiday.day));
  const substitutes: HolidaySeed[] = [];
  for (const holiday of days) {
    if (!isWeekend(holiday.day)) continue;
    let day = addDays(holiday.day, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    substitutes.push({ day, name: `Nghỉ bù ${holiday.name}`, kind: 'nghi_bu' });
  }
  return [...days, ...substitutes].sort((a, b) => a.day.localeCompare(b.day));
}
