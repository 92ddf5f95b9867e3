// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ReportTable } from '../../../../shared/reports/report-types';
import { ReportTableView } from './ReportTableView';

const TABLE: ReportTable = {
  reportId: 'bieu-thu',
  definitionVersion: 'v1',
  regime: 'tt06-2025',
  formCode: 'Biểu số 01/TCD',
  title: 'TỔNG HỢP',
  period: { spec: '2024-H1', from: '2023-12-15', to: '2024-06-14', label: '6 tháng đầu năm 2024' },
  header: [
    [
      { text: 'Đơn vị', colSpan: 1, rowSpan: 2 },
      { text: 'Tổng số lượt tiếp', colSpan: 1, rowSpan: 2 },
      { text: 'Tiếp thường xuyên', colSpan: 2, rowSpan: 1 },
    ],
    [
      { text: 'Lượt', colSpan: 1, rowSpan: 1 },
      { text: 'Người', colSpan: 1, rowSpan: 1 },
    ],
  ],
  columns: ['1', '2', '3'],
  rows: [{ key: 'don-vi', label: 'Ban Tiếp công dân', values: { '1': 1786, '2': 1786, '3': 939 } }],
  identities: [{ rowKey: 'don-vi', expression: '1 = 2', left: 1786, right: 1786, holds: true }],
  notes: ['Đoàn đông người là đoàn có từ 05 người trở lên.'],
};

describe('ReportTableView', () => {
  it('lays out merged headers, the MS row, Vietnamese numbers, the checks, and drills on click', () => {
    const onPick = vi.fn();
    render(<ReportTableView table={TABLE} isCompared={false} onPick={onPick} />);
    const table = screen.getByRole('table', { name: 'Biểu số 01/TCD: TỔNG HỢP' });
    const headerRows = within(table).getAllByRole('row').slice(0, 3);
    expect(within(headerRows[0]!).getByText('Tiếp thường xuyên').getAttribute('colspan')).toBe('2');
    expect(within(headerRows[0]!).getByText('Đơn vị').getAttribute('rowspan')).toBe('2');
    expect(headerRows[2]!.textContent).toBe('MS123');
    expect(within(table).getByText(/Số liệu tính từ ngày 15\/12\/2023 đến ngày 14\/06\/2024/)).toBeTruthy();
    const figure = screen.getByRole('button', { name: 'Biểu số 01/TCD, Ban Tiếp công dân, cột 3: 939' });
    expect(
      screen.getByRole('button', { name: 'Biểu số 01/TCD, Ban Tiếp công dân, cột 1: 1.786' }).textContent,
    ).toBe('1.786');
    fireEvent.click(figure);
    expect(onPick).toHaveBeenCalledWith({
      reportId: 'bieu-thu',
      rowKey: 'don-vi',
      column: '3',
      isCompared: false,
      label: 'Biểu số 01/TCD, Ban Tiếp công dân, cột 3',
    });
    expect(screen.getByRole('status').textContent).toBe('Kiểm tra công thức: 1 phép kiểm tra đều khớp.');
  });

  it('names a failing identity', () => {
    const broken = { ...TABLE, identities: [{ ...TABLE.identities[0]!, right: 1785, holds: false }] };
    render(<ReportTableView table={broken} isCompared onPick={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Không khớp: 1 = 2 (1786 ≠ 1785)');
  });
});
