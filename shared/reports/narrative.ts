import { formatCount } from '../domain/number-format';
import type { TallySummary } from './report-types';

/** What the narrative paragraph needs to know about a period. */
export interface NarrativeInput {
  officeName: string;
  /** The period's label as resolvePeriod gives it: "6 tháng đầu năm 2024", "Từ ngày … đến ngày …". */
  periodLabel: string;
  summary: TallySummary;
  compare?: { summary: TallySummary; year: number };
}

/** "tăng 26 lượt" / "giảm 175 người" / "số lượt không đổi". */
export function comparisonWords(current: number, previous: number, unit: string): string {
  const difference = current - previous;
  if (difference > 0) return `tăng ${formatCount(difference)} ${unit}`;
  if (difference < 0) return `giảm ${formatCount(-difference)} ${unit}`;
  return `số ${unit} không đổi`;
}

/** "Trong 6 tháng đầu năm 2024" / "Từ ngày 01/01/2024 đến ngày 31/03/2024". */
function opening(periodLabel: string): string {
  if (periodLabel.startsWith('Từ ngày')) return periodLabel;
  return `Trong ${periodLabel.charAt(0).toLowerCase()}${periodLabel.slice(1)}`;
}

/**
 * The paragraph upstream reports quote (DOMAIN §4): visits with distinct citizens, the comparison with
 * "cùng kỳ", the cases, the dialogue sentence, and refused receptions apart. Vietnamese number format.
 */
export function narrativeText(input: NarrativeInput): string {
  const office = input.officeName.trim() || 'đơn vị';
  const { summary, compare } = input;
  const received = `${opening(input.periodLabel)}, ${office} đã tiếp ${formatCount(summary.visits)} lượt với ${formatCount(summary.distinctPersons)} người`;
  const cases = `${formatCount(summary.cases)} vụ việc khiếu nại, tố cáo, kiến nghị, phản ánh`;
  const first = compare
    ? `${received}, ${comparisonWords(summary.visits, compare.summary.visits, 'lượt')}, ${comparisonWords(
        summary.distinctPersons,
        compare.summary.distinctPersons,
        'người',
      )} so với cùng kỳ ${compare.year} với ${cases}.`
    : `${received} với ${cases}.`;
  const { dialogues } = summary;
  const second =
    dialogues.count > 0
      ? ` ${capitalize(office)} tổ chức được ${formatCount(dialogues.count)} cuộc đối thoại trực tiếp với ${formatCount(
          dialogues.opinions,
        )} ý kiến, có ${formatCount(dialogues.attendees)} đại biểu tham dự.`
      : ' Trong kỳ không tổ chức cuộc đối thoại trực tiếp nào.';
  const refused =
    summary.refused > 0
      ? ` Từ chối tiếp ${formatCount(summary.refused)} lượt (không tính vào số liệu trên).`
      : '';
  return `${first}${second}${refused}`;
}

function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
