// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventPayload } from '../../../../shared/contract/events';
import type { ImportResultView } from '../../../../shared/contract/imports';
import { call, getApi } from '../../api/api';
import { ImportRegisterPanel } from './ImportRegisterPanel';
import { problemsCsv, SHOWN_PROBLEMS } from './ImportProblems';

type Progress = EventPayload<'import:progress'>;
let progressListener: ((payload: Progress) => void) | null = null;

vi.mock('../../api/api', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  call: vi.fn(),
  getApi: vi.fn(),
}));
const callMock = vi.mocked(call);

beforeEach(() => {
  callMock.mockReset();
  progressListener = null;
  vi.mocked(getApi).mockReturnValue({
    calls: {} as ReturnType<typeof getApi>['calls'],
    on: ((name: string, listener: (payload: Progress) => void) => {
      if (name === 'import:progress') progressListener = listener;
      return () => {
        progressListener = null;
      };
    }) as ReturnType<typeof getApi>['on'],
  });
});

function dryRunResult(problemCount: number): ImportResultView {
  return {
    dryRun: true,
    totalRows: 300,
    validRows: 300 - problemCount,
    imported: 0,
    alreadyImported: 0,
    createdCases: 0,
    createdSessions: 0,
    problems: Array.from({ length: problemCount }, (_, i) => ({
      row: i + 2,
      column: 'ngay_tiep',
      message: `Ngày "3${i}/02/2024" không có thật.`,
      severity: 'error' as const,
    })),
  };
}

async function pickAndCheck(): Promise<void> {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText('Tệp sổ tiếp công dân'), new File(['ngay_tiep\n'], 'so-cu.csv'));
  await user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
}

describe('ImportRegisterPanel', () => {
  it('shows how far the check has got while main works through the file', async () => {
    let finish: (result: ImportResultView) => void = () => undefined;
    callMock.mockImplementation(() => new Promise((resolve) => (finish = resolve as typeof finish)));
    render(<ImportRegisterPanel />);
    await pickAndCheck();
    expect(await screen.findByText('Đang đọc tệp…')).toBeTruthy();
    act(() => progressListener?.({ stage: 'check', done: 12_000, total: 45_000 }));
    expect(screen.getByText('Đang kiểm tra 12.000/45.000 dòng…')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Tiến độ nhập' }).getAttribute('value')).toBe('12000');
    act(() => progressListener?.({ stage: 'write', done: 1_000, total: 45_000 }));
    expect(screen.getByText('Đang ghi vào sổ 1.000/45.000 dòng…')).toBeTruthy();
    await act(() => Promise.resolve(finish(dryRunResult(0))));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(progressListener).toBeNull();
  });

  it('lists the first problems in the table and says where the rest are', async () => {
    callMock.mockResolvedValue(dryRunResult(250));
    render(<ImportRegisterPanel />);
    await pickAndCheck();
    const table = await screen.findByRole('table', { name: 'Vấn đề trong tệp' });
    expect(within(table).getAllByRole('row')).toHaveLength(SHOWN_PROBLEMS + 1);
    expect(screen.getByText(/Bảng dưới liệt kê 200 vấn đề đầu tiên; 50 vấn đề còn lại/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tải danh sách 250 vấn đề (CSV)' })).toBeTruthy();
  });
});

describe('problemsCsv', () => {
  it('writes every problem for Excel: BOM, quoted cells, the file-level ones as "Cả tệp"', () => {
    expect(
      problemsCsv([
        { row: null, column: null, message: 'Thiếu cột "ngay_tiep".', severity: 'error' },
        { row: 7, column: 'so_giay_to', message: 'Số CCCD có 11 chữ số.', severity: 'warning' },
      ]),
    ).toBe(
      '\ufeff"Dòng","Cột","Mức","Nội dung"\r\n' +
        '"Cả tệp","","Lỗi","Thiếu cột ""ngay_tiep""."\r\n' +
        '"7","so_giay_to","Lưu ý","Số CCCD có 11 chữ số."\r\n',
    );
  });
});
