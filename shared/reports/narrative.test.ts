import { describe, expect, it } from 'vitest';
import { comparisonWords, narrativeText } from './narrative';
import type { TallySummary } from './report-types';

function summary(overrides: Partial<TallySummary>): TallySummary {
  return {
    visits: 0,
    headcount: 0,
    distinctPersons: 0,
    cases: 0,
    refused: 0,
    dialogues: { count: 0, opinions: 0, attendees: 0 },
    ...overrides,
  };
}

describe('narrativeText', () => {
  it('writes the sentence upstream reports quote, with dot thousands and the comparison words', () => {
    const text = narrativeText({
      officeName: 'Ban Tiếp công dân tỉnh',
      periodLabel: '6 tháng đầu năm 2024',
      summary: summary({
        visits: 1786,
        distinctPersons: 939,
        cases: 920,
        dialogues: { count: 78, opinions: 5216, attendees: 4583 },
      }),
      compare: { summary: summary({ visits: 1812, distinctPersons: 1114 }), year: 2023 },
    });
    expect(text).toBe(
      'Trong 6 tháng đầu năm 2024, Ban Tiếp công dân tỉnh đã tiếp 1.786 lượt với 939 người, giảm 26 lượt, ' +
        'giảm 175 người so với cùng kỳ 2023 với 920 vụ việc khiếu nại, tố cáo, kiến nghị, phản ánh. ' +
        'Ban Tiếp công dân tỉnh tổ chức được 78 cuộc đối thoại trực tiếp với 5.216 ý kiến, có 4.583 đại biểu tham dự.',
    );
  });

  it('without a comparison, without dialogues, with refusals apart, and for a custom range', () => {
    const text = narrativeText({
      officeName: '',
      periodLabel: 'Từ ngày 01/01/2024 đến ngày 31/03/2024',
      summary: summary({ visits: 12, distinctPersons: 10, cases: 9, refused: 1 }),
    });
    expect(text).toBe(
      'Từ ngày 01/01/2024 đến ngày 31/03/2024, đơn vị đã tiếp 12 lượt với 10 người với 9 vụ việc khiếu nại, ' +
        'tố cáo, kiến nghị, phản ánh. Trong kỳ không tổ chức cuộc đối thoại trực tiếp nào. ' +
        'Từ chối tiếp 1 lượt (không tính vào số liệu trên).',
    );
  });

  it.each([
    [1200, 1000, 'tăng 200 lượt'],
    [1000, 2500, 'giảm 1.500 lượt'],
    [7, 7, 'số lượt không đổi'],
  ])('compares %i with %i as "%s"', (current, previous, words) => {
    expect(comparisonWords(current, previous, 'lượt')).toBe(words);
  });
});
