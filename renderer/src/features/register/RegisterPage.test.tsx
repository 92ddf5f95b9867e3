// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, getApi } from '../../api/api';
import { fakeCall, inputsOf, savedVisit, type FakeAnswers } from '../../test/fake-api';
import { NO_FILTERS, toListInput } from './register-filters';
import { RegisterPage } from './RegisterPage';

vi.mock('../../api/api', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  call: vi.fn(),
  getApi: vi.fn(),
}));
const callMock = vi.mocked(call);
const listeners: (() => void)[] = [];

function VisitRoute() {
  return <p>Mở lượt tiếp {useParams().id}</p>;
}

function setup(answers: FakeAnswers = {}) {
  callMock.mockImplementation(fakeCall(answers) as typeof call);
  vi.mocked(getApi).mockReturnValue({
    calls: {} as never,
    on: (_name, listener) => {
      listeners.push(listener as () => void);
      return () => undefined;
    },
  });
  render(
    <MemoryRouter initialEntries={['/so-tiep-cong-dan']}>
      <Routes>
        <Route path="/so-tiep-cong-dan" element={<RegisterPage />} />
        <Route path="/so-tiep-cong-dan/:id" element={<VisitRoute />} />
      </Routes>
    </MemoryRouter>,
  );
  return userEvent.setup();
}

beforeEach(() => {
  callMock.mockReset();
  listeners.length = 0;
});

const lastListInput = () => inputsOf(callMock, 'visits:list').at(-1);

describe('Sổ tiếp công dân: filters', () => {
  it('sends every filter to visits:list, blanks as null and the search text as query', async () => {
    const user = setup();
    await waitFor(() => expect(lastListInput()).toEqual(toListInput(NO_FILTERS, { limit: 100 })));
    fireEvent.change(screen.getByLabelText('Từ ngày'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('Đến ngày'), { target: { value: '2026-03-14' } });
    await user.selectOptions(screen.getByLabelText('Hình thức tiếp'), 'Ủy quyền tiếp');
    await user.selectOptions(screen.getByLabelText('Kênh tiếp'), 'Trực tuyến');
    await user.selectOptions(screen.getByLabelText('Phân loại'), 'Tố cáo');
    await user.selectOptions(screen.getByLabelText('Lĩnh vực'), 'Tham nhũng');
    await user.type(screen.getByLabelText('Cán bộ tiếp'), 'Hà');
    await user.selectOptions(screen.getByLabelText('Đoàn đông người'), 'Chỉ đoàn đông người');
    await user.type(screen.getByLabelText('Tìm kiếm'), ' nguyen van a ');
    await waitFor(() =>
      expect(lastListInput()).toEqual({
        from: '2026-01-01',
        to: '2026-03-14',
        receptionKind: 'uy_quyen',
        channel: 'truc_tuyen',
        classification: 'to_cao',
        subject: 'tham_nhung',
        officer: 'Hà',
        isGroup: true,
        query: 'nguyen van a',
        limit: 100,
        beforeId: null,
      }),
    );
    await user.selectOptions(screen.getByLabelText('Đoàn đông người'), 'Không phải đoàn đông người');
    await waitFor(() => expect(lastListInput()).toMatchObject({ isGroup: false }));
    await user.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    await waitFor(() => expect(lastListInput()).toEqual(toListInput(NO_FILTERS, { limit: 100 })));
    expect(
      await screen.findByText('Sổ chưa có lượt tiếp nào. Hãy ghi lượt tiếp đầu tiên ở trang Tiếp nhận.'),
    ).toBeInTheDocument();
  });

  it('says when nothing matches the filters', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Tìm kiếm'), 'không ai');
    expect(await screen.findByText('Không có lượt tiếp nào khớp bộ lọc.')).toBeInTheDocument();
  });
});

describe('Sổ tiếp công dân: rows', () => {
  const visits = [
    savedVisit({ id: 3, handling: 'chuyen_don', forwardedTo: 'UBND tỉnh', refusalReason: 'vi_pham_noi_quy' }),
    savedVisit({ id: 2, handling: 'thu_ly', headcount: 6, isGroup: true, classification: 'khieu_nai' }),
  ];

  it('shows the Mẫu 03 columns, ticks the handling column and marks refusals', async () => {
    setup({ 'visits:list': () => ({ items: visits, total: 2, isTotalCapped: false }) });
    const table = await screen.findByRole('table', { name: 'Sổ tiếp công dân' });
    expect(table).toHaveAttribute('aria-rowcount', '3');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toHaveLength(12);
    expect(headers[0]).toContain('STT');
    expect(headers[7]).toContain('Thụ lý để giải quyết');
    const rows = await within(table).findAllByRole('row');
    expect(rows).toHaveLength(3);
    const first = within(rows[1]!).getAllByRole('cell');
    expect(first[0]).toHaveTextContent('2');
    expect(first[1]).toHaveTextContent('27/11/2026');
    expect(first[7]).toHaveTextContent('');
    expect(first[9]).toHaveTextContent('✓UBND tỉnh');
    expect(first[11]).toHaveTextContent('Từ chối tiếp');
    const second = within(rows[2]!).getAllByRole('cell');
    expect(second[5]).toHaveTextContent('Khiếu nại / 6');
    expect(second[5]).toHaveTextContent('Đoàn đông người');
    expect(second[7]).toHaveTextContent('✓');
    expect(second[9]).toHaveTextContent('');
  });

  it('opens a visit with Enter, and loads older pages with beforeId', async () => {
    const user = setup({
      'visits:list': (input) =>
        input.beforeId
          ? { items: [savedVisit({ id: 1 })], total: 3, isTotalCapped: false }
          : { items: visits, total: 3, isTotalCapped: false },
    });
    await waitFor(() => expect(lastListInput()).toMatchObject({ beforeId: 2, limit: 100 }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(4));
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).not.toBeInTheDocument();
    screen.getAllByRole('row')[1]!.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Mở lượt tiếp 3')).toBeInTheDocument();
  });

  it('reloads when a visit is saved anywhere', async () => {
    setup();
    await waitFor(() => expect(inputsOf(callMock, 'visits:list')).toHaveLength(1));
    listeners.forEach((listener) => listener());
    await waitFor(() => expect(inputsOf(callMock, 'visits:list')).toHaveLength(2));
  });
});
