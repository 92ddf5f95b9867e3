import { formatCount } from '../domain/number-format';
import { formatDmy, parsePeriodSpec } from '../domain/periods';
import { comparisonWords } from './narrative';
import type { ReportRow, ReportTable, TallyResult } from './report-types';

/**
 * The written report (báo cáo bằng văn bản) that goes with the forms for Q1, 6 months, 9 months and the
 * year (TT 06/2025; DOMAIN §2). Its headings follow the outline of Mẫu số 02 (TT 02/2021: I. tình hình
 * khiếu nại, tố cáo; II. kết quả tiếp công dân, xử lý đơn…); the figures are those already computed in the
 * TallyResult. Causes, assessment, direction and proposals are the office's own writing, not generated.
 */

/** Whether a period's report is sent with a written report: Q1, 6 tháng đầu năm, 9 tháng, năm. */
export function needsOutline(periodSpec: string): boolean {
  try {
    const spec = parsePeriodSpec(periodSpec);
    return (
      (spec.kind === 'quarter' && spec.quarter === 1) ||
      (spec.kind === 'half-year' && spec.half === 1) ||
      spec.kind === 'nine-months' ||
      spec.kind === 'year'
    );
  } catch {
    return false;
  }
}

/** Where one reception level's figures sit in a Biểu 01/TCD layout (column keys; cases may be split). */
interface LevelColumns {
  days: string;
  visits: string;
  people: string;
  cases: string[];
  groups: string;
}

interface Form01Layout {
  dayWord: string;
  desk: Omit<LevelColumns, 'days'>;
  head: LevelColumns;
  delegated: LevelColumns;
  /** Lần đầu / nhiều lần split of the older layout. */
  firstTime?: string[];
  repeated?: string[];
}

const TT06_LAYOUT: Form01Layout = {
  dayWord: 'ngày tiếp',
  desk: { visits: '5', people: '6', cases: ['7'], groups: '8' },
  head: { days: '10', visits: '11', people: '12', cases: ['13'], groups: '14' },
  delegated: { days: '16', visits: '17', people: '18', cases: ['19'], groups: '20' },
};

const TT01_LAYOUT: Form01Layout = {
  dayWord: 'kỳ tiếp',
  desk: { visits: '4', people: '5', cases: ['6', '7'], groups: '8' },
  head: { days: '12', visits: '13', people: '14', cases: ['15', '16'], groups: '17' },
  delegated: { days: '21', visits: '22', people: '23', cases: ['24', '25'], groups: '26' },
  firstTime: ['6', '15', '24'],
  repeated: ['7', '16', '25'],
};

function table(reports: readonly ReportTable[] | undefined, id: string): ReportTable | undefined {
  return reports?.find((report) => report.reportId === id);
}

/** The office row (or the total row of a consolidated report). */
function mainRow(report: ReportTable | undefined): ReportRow | undefined {
  return report?.rows.find((row) => row.isTotal) ?? report?.rows[0];
}

function sum(row: ReportRow | undefined, keys: readonly string[]): number {
  return keys.reduce((total, key) => total + (row?.values[key] ?? 0), 0);
}

function rowValue(report: ReportTable | undefined, rowKey: string, column: string): number {
  return report?.rows.find((row) => row.key === rowKey)?.values[column] ?? 0;
}

const n = formatCount;

function levelLine(label: string, row: ReportRow, level: Omit<LevelColumns, 'days'>, days?: string): string {
  return (
    `- ${label}: ${days ?? ''}${n(sum(row, [level.visits]))} lượt, ${n(sum(row, [level.people]))} người, ` +
    `${n(sum(row, level.cases))} vụ việc, ${n(sum(row, [level.groups]))} đoàn đông người.`
  );
}

function receptionSection(result: TallyResult): string[] {
  const form = table(result.reports, 'bieu-01-tcd');
  const row = mainRow(form);
  if (!form || !row) return ['Không có số liệu Biểu số 01/TCD.'];
  const layout = form.columns.length === 21 ? TT06_LAYOUT : TT01_LAYOUT;
  const visits = sum(row, ['1']);
  const people = sum(row, ['2']);
  const cases = sum(row, ['3']);
  const groups = sum(row, [layout.desk.groups, layout.head.groups, layout.delegated.groups]);
  const previous = mainRow(table(result.compare?.reports, 'bieu-01-tcd'));
  const compare = previous
    ? `; so với cùng kỳ (${result.compare!.period.label}): ${comparisonWords(visits, sum(previous, ['1']), 'lượt')}, ` +
      `${comparisonWords(people, sum(previous, ['2']), 'người')}, ${comparisonWords(cases, sum(previous, ['3']), 'vụ việc')}`
    : '';
  const split =
    layout.firstTime && layout.repeated
      ? ` (tiếp lần đầu ${n(sum(row, layout.firstTime))} vụ việc, tiếp nhiều lần ${n(sum(row, layout.repeated))} vụ việc)`
      : '';
  const days = (level: LevelColumns) => `${n(sum(row, [level.days]))} ${layout.dayWord}, `;
  const lines = [
    `Tổng số ${n(visits)} lượt tiếp, ${n(people)} người được tiếp, ${n(cases)} vụ việc${split}, ` +
      `${n(groups)} đoàn đông người${compare}. Trong đó:`,
    levelLine('Tiếp thường xuyên', row, layout.desk),
    levelLine('Thủ trưởng tiếp định kỳ và đột xuất', row, layout.head, days(layout.head)),
    levelLine('Ủy quyền tiếp', row, layout.delegated, days(layout.delegated)),
  ];
  const refused = result.summary?.refused ?? 0;
  if (refused > 0) lines.push(`- Từ chối tiếp: ${n(refused)} lượt (không tính vào số liệu trên).`);
  return lines;
}

function situationSection(result: TallyResult): string[] {
  const subjects = table(result.reports, 'linh-vuc');
  if (!subjects) return ['Không có số liệu phân loại theo nội dung, lĩnh vực.'];
  const previous = table(result.compare?.reports, 'linh-vuc');
  const group = (letter: string, label: string, key: string, parts: string[]) => {
    const cases = rowValue(subjects, key, '3');
    const compare = previous
      ? `; so với cùng kỳ ${comparisonWords(cases, rowValue(previous, key, '3'), 'vụ việc')}`
      : '';
    const detail = parts
      .map((part) => {
        const row = subjects.rows.find((candidate) => candidate.key === part);
        return row ? `${row.label.toLowerCase()} ${n(row.values['3'] ?? 0)}` : '';
      })
      .filter(Boolean)
      .join(', ');
    return `${letter}) Về ${label}: ${n(cases)} vụ việc (${n(rowValue(subjects, key, '1'))} lượt tiếp)${
      detail ? `, gồm ${detail}` : ''
    }${compare}.`;
  };
  return [
    group('a', 'khiếu nại', 'kn', ['kn-hanh-chinh', 'kn-tu-phap', 'kn-khac']),
    group('b', 'tố cáo', 'tc', ['tc-hanh-chinh', 'tc-tu-phap', 'tc-tham-nhung', 'tc-khac']),
    group('c', 'kiến nghị, phản ánh', 'kn-pa', []),
  ];
}

function handlingSection(result: TallyResult): string[] {
  const handling = table(result.reports, 'huong-xu-ly');
  if (!handling) return [];
  const lines = handling.rows
    .filter((row) => !row.isTotal && !row.isApart && (row.values['1'] ?? 0) > 0)
    .map((row) => `- ${row.label}: ${n(row.values['1'] ?? 0)} lượt.`);
  return [
    'b) Kết quả phân loại, xử lý qua tiếp công dân',
    ...(lines.length ? lines : ['Không có lượt tiếp.']),
  ];
}

function petitionSection(result: TallyResult): string[] {
  const row = mainRow(table(result.reports, 'bieu-02-xld'));
  if (!row) return [];
  const v = (key: string) => n(row.values[key] ?? 0);
  return [
    '2. Công tác xử lý đơn (Biểu số 02/XLD)',
    `Tổng số ${v('1')} đơn, đã xử lý ${v('2')} đơn; ${v('3')} đơn đủ điều kiện xử lý, trong đó ${v('4')} đơn ` +
      `thuộc thẩm quyền (${v('5')} vụ việc): khiếu nại ${v('6')} đơn, tố cáo ${v('12')} đơn, kiến nghị, phản ánh ` +
      `${v('19')} đơn; ${v('23')} đơn không thuộc thẩm quyền (hướng dẫn ${v('24')} đơn, chuyển đơn ${v('25')} đơn).`,
  ];
}

function dialogueSection(result: TallyResult, number: number): string[] {
  const dialogues = result.summary?.dialogues;
  const text =
    dialogues && dialogues.count > 0
      ? `Tổ chức ${n(dialogues.count)} cuộc đối thoại trực tiếp với ${n(dialogues.opinions)} ý kiến, có ${n(
          dialogues.attendees,
        )} đại biểu tham dự.`
      : 'Trong kỳ không tổ chức cuộc đối thoại trực tiếp nào.';
  return [`${number}. Công tác đối thoại`, text];
}

/** The written report's text for a tally (plain text, one paragraph or list item per line). */
export function outlineReportText(result: TallyResult): string {
  const office = result.office.name.trim() || 'Đơn vị';
  const petitions = petitionSection(result);
  const lines = [
    office.toUpperCase(),
    'BÁO CÁO',
    'Kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo',
    `${result.period.label}`,
    `(Số liệu tính từ ngày ${formatDmy(result.period.from)} đến ngày ${formatDmy(result.period.to)})`,
    '',
    'I. TÌNH HÌNH KHIẾU NẠI, TỐ CÁO',
    '1. Tình hình khiếu nại, tố cáo qua tiếp công dân',
    ...situationSection(result),
    '',
    'II. KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN, XỬ LÝ ĐƠN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO',
    '1. Công tác tiếp công dân (Biểu số 01/TCD)',
    'a) Kết quả tiếp công dân',
    ...receptionSection(result),
    ...handlingSection(result),
    ...petitions,
    ...dialogueSection(result, petitions.length ? 3 : 2),
    '',
    'III. ĐOẠN VĂN TỔNG HỢP',
    result.narrative,
  ];
  return `${lines.join('\n')}\n`;
}
