import { describe, expect, it } from 'vitest';
import { needsOutline, outlineReportText } from './outline-report';
import type { ReportRow, ReportTable, TallyResult, TallySummary } from './report-types';

const period = { spec: '2025-Y', from: '2024-12-15', to: '2025-12-14', label: 'Năm 2025' };
const previousPeriod = { spec: '2024-Y', from: '2023-12-15', to: '2024-12-14', label: 'Năm 2024' };

function report(reportId: string, columns: number, rows: ReportRow[]): ReportTable {
  return {
    reportId,
    definitionVersion: 'test',
    regime: 'tt06-2025',
    formCode: reportId,
    title: reportId,
    period,
    header: [],
    columns: Array.from({ length: columns }, (_, i) => String(i + 1)),
    rows,
    identities: [],
    notes: [],
  };
}

/** Biểu 01/TCD (21 columns): desk 1.200 lượt, head 2 days 300 lượt, delegated 1 day 86 lượt. */
const form01 = (scale: number) =>
  report('bieu-01-tcd', 21, [
    {
      key: 'office',
      label: 'UBND xã An Bình',
      values: {
        '1': 1586 * scale,
        '2': 1700 * scale,
        '3': 920 * scale,
        '4': 7,
        '5': 1200 * scale,
        '6': 1250 * scale,
        '7': 700 * scale,
        '8': 4,
        '10': 24,
        '11': 300 * scale,
        '12': 340 * scale,
        '13': 180 * scale,
        '14': 2,
        '16': 6,
        '17': 86 * scale,
        '18': 110 * scale,
        '19': 40 * scale,
        '20': 1,
      },
    },
  ]);

const subjects = (kn: number) =>
  report('linh-vuc', 3, [
    { key: 'kn', label: 'Khiếu nại', values: { '1': 500, '2': 520, '3': kn } },
    { key: 'kn-hanh-chinh', label: 'Lĩnh vực hành chính', values: { '1': 450, '2': 460, '3': kn - 30 } },
    { key: 'kn-tu-phap', label: 'Lĩnh vực tư pháp', values: { '1': 30, '2': 40, '3': 20 } },
    {
      key: 'kn-khac',
      label: 'Lĩnh vực chính trị, văn hóa, xã hội khác',
      values: { '1': 20, '2': 20, '3': 10 },
    },
    { key: 'tc', label: 'Tố cáo', values: { '1': 80, '2': 80, '3': 60 } },
    { key: 'tc-hanh-chinh', label: 'Lĩnh vực hành chính', values: { '1': 50, '2': 50, '3': 40 } },
    { key: 'tc-tu-phap', label: 'Lĩnh vực tư pháp', values: { '1': 0, '2': 0, '3': 0 } },
    { key: 'tc-tham-nhung', label: 'Tham nhũng', values: { '1': 30, '2': 30, '3': 20 } },
    { key: 'tc-khac', label: 'Lĩnh vực khác', values: { '1': 0, '2': 0, '3': 0 } },
    { key: 'kn-pa', label: 'Kiến nghị, phản ánh', values: { '1': 1006, '2': 1100, '3': 460 } },
  ]);

const handling = report('huong-xu-ly', 2, [
  { key: 'thu_ly', label: 'Thụ lý để giải quyết', values: { '1': 586, '2': 600 } },
  { key: 'huong_dan', label: 'Trả lại đơn và hướng dẫn', values: { '1': 1000, '2': 1100 } },
  { key: 'chua-xu-ly', label: 'Chưa ghi hướng xử lý', values: { '1': 0, '2': 0 } },
  { key: 'tong', label: 'Tổng cộng', isTotal: true, values: { '1': 1586, '2': 1700 } },
  { key: 'tu-choi', label: 'Từ chối tiếp', isApart: true, values: { '1': 3, '2': 3 } },
]);

const summary: TallySummary = {
  visits: 1586,
  headcount: 1700,
  distinctPersons: 939,
  cases: 920,
  refused: 3,
  dialogues: { count: 78, opinions: 5216, attendees: 4583 },
};

const result: TallyResult = {
  office: { code: 'UBNDXA01', name: 'UBND xã An Bình' },
  regime: 'tt06-2025',
  period,
  reports: [form01(1), subjects(400), handling],
  compare: { period: previousPeriod, reports: [form01(2), subjects(380)] },
  narrative: 'Đoạn văn tổng hợp.',
  summary,
  generatedAt: '2025-12-15T08:00:00+07:00',
  appVersion: 'test',
};

describe('the written report (Mẫu số 02 outline)', () => {
  it.each([
    ['2025-Q1', true],
    ['2025-H1', true],
    ['2025-9M', true],
    ['2025-Y', true],
    ['2025-Q2', false],
    ['2025-H2', false],
    ['2025-M05', false],
    ['2025-W10', false],
    ['2025-QH', false],
    ['2025-01-01..2025-03-31', false],
    ['rác', false],
  ])('%s needs one: %s', (spec, expected) => {
    expect(needsOutline(spec)).toBe(expected);
  });

  it('writes the sections with the computed figures, cùng kỳ and Vietnamese number format', () => {
    expect(outlineReportText(result)).toBe(
      [
        'UBND XÃ AN BÌNH',
        'BÁO CÁO',
        'Kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo',
        'Năm 2025',
        '(Số liệu tính từ ngày 15/12/2024 đến ngày 14/12/2025)',
        '',
        'I. TÌNH HÌNH KHIẾU NẠI, TỐ CÁO',
        '1. Tình hình khiếu nại, tố cáo qua tiếp công dân',
        'a) Về khiếu nại: 400 vụ việc (500 lượt tiếp), gồm lĩnh vực hành chính 370, lĩnh vực tư pháp 20, lĩnh vực chính trị, văn hóa, xã hội khác 10; so với cùng kỳ tăng 20 vụ việc.',
        'b) Về tố cáo: 60 vụ việc (80 lượt tiếp), gồm lĩnh vực hành chính 40, lĩnh vực tư pháp 0, tham nhũng 20, lĩnh vực khác 0; so với cùng kỳ số vụ việc không đổi.',
        'c) Về kiến nghị, phản ánh: 460 vụ việc (1.006 lượt tiếp); so với cùng kỳ số vụ việc không đổi.',
        '',
        'II. KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN, XỬ LÝ ĐƠN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO',
        '1. Công tác tiếp công dân (Biểu số 01/TCD)',
        'a) Kết quả tiếp công dân',
        'Tổng số 1.586 lượt tiếp, 1.700 người được tiếp, 920 vụ việc, 7 đoàn đông người; so với cùng kỳ (Năm 2024): giảm 1.586 lượt, giảm 1.700 người, giảm 920 vụ việc. Trong đó:',
        '- Tiếp thường xuyên: 1.200 lượt, 1.250 người, 700 vụ việc, 4 đoàn đông người.',
        '- Thủ trưởng tiếp định kỳ và đột xuất: 24 ngày tiếp, 300 lượt, 340 người, 180 vụ việc, 2 đoàn đông người.',
        '- Ủy quyền tiếp: 6 ngày tiếp, 86 lượt, 110 người, 40 vụ việc, 1 đoàn đông người.',
        '- Từ chối tiếp: 3 lượt (không tính vào số liệu trên).',
        'b) Kết quả phân loại, xử lý qua tiếp công dân',
        '- Thụ lý để giải quyết: 586 lượt.',
        '- Trả lại đơn và hướng dẫn: 1.000 lượt.',
        '2. Công tác đối thoại',
        'Tổ chức 78 cuộc đối thoại trực tiếp với 5.216 ý kiến, có 4.583 đại biểu tham dự.',
        '',
        'III. ĐOẠN VĂN TỔNG HỢP',
        'Đoạn văn tổng hợp.',
        '',
      ].join('\n'),
    );
  });

  it('reads the 29-column layout (kỳ tiếp, lần đầu / nhiều lần) and adds Biểu 02/XLD when present', () => {
    const values = Object.fromEntries(Array.from({ length: 29 }, (_, i) => [String(i + 1), i + 1]));
    const xld = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [String(i + 1), 1000 + i]));
    const text = outlineReportText({
      ...result,
      regime: 'tt01-2024',
      reports: [
        report('bieu-01-tcd', 29, [{ key: 'office', label: 'UBND xã An Bình', values }]),
        report('bieu-02-xld', 25, [{ key: 'office', label: 'Đơn vị', values: xld }]),
      ],
      compare: undefined,
      summary: { ...summary, refused: 0, dialogues: { count: 0, opinions: 0, attendees: 0 } },
    }).split('\n');
    expect(text.slice(8, 11)).toEqual([
      'Không có số liệu phân loại theo nội dung, lĩnh vực.',
      '',
      'II. KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN, XỬ LÝ ĐƠN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO',
    ]);
    expect(text.slice(13, 22)).toEqual([
      'Tổng số 1 lượt tiếp, 2 người được tiếp, 3 vụ việc (tiếp lần đầu 45 vụ việc, tiếp nhiều lần 48 vụ việc), 51 đoàn đông người. Trong đó:',
      '- Tiếp thường xuyên: 4 lượt, 5 người, 13 vụ việc, 8 đoàn đông người.',
      '- Thủ trưởng tiếp định kỳ và đột xuất: 12 kỳ tiếp, 13 lượt, 14 người, 31 vụ việc, 17 đoàn đông người.',
      '- Ủy quyền tiếp: 21 kỳ tiếp, 22 lượt, 23 người, 49 vụ việc, 26 đoàn đông người.',
      '2. Công tác xử lý đơn (Biểu số 02/XLD)',
      'Tổng số 1.000 đơn, đã xử lý 1.001 đơn; 1.002 đơn đủ điều kiện xử lý, trong đó 1.003 đơn thuộc thẩm quyền (1.004 vụ việc): khiếu nại 1.005 đơn, tố cáo 1.011 đơn, kiến nghị, phản ánh 1.018 đơn; 1.022 đơn không thuộc thẩm quyền (hướng dẫn 1.023 đơn, chuyển đơn 1.024 đơn).',
      '3. Công tác đối thoại',
      'Trong kỳ không tổ chức cuộc đối thoại trực tiếp nào.',
      '',
    ]);
  });
});
