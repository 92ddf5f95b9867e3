// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseDetail } from '../../../../shared/contract/cases';
import { call } from '../../api/api';
import { fakeCall, inputsOf, savedVisit } from '../../test/fake-api';
import { CasePage } from './CasePage';

vi.mock('../../api/api', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  call: vi.fn(),
  getApi: vi.fn(() => ({ calls: {}, on: () => () => undefined })),
}));
const callMock = vi.mocked(call);

const DETAIL: CaseDetail = {
  id: 7,
  code: 'VV-2026-00007',
  classification: 'khieu_nai',
  subject: 'dat_dai',
  summary: 'Khiếu nại bồi thường',
  status: 'Đang giải quyết',
  firstReceivedAt: '2026-10-02T08:15:00+07:00',
  acceptedOn: '2026-10-10',
  deadlines: [
    {
      stage: 'giai_quyet',
      label: 'Hạn giải quyết khiếu nại lần đầu',
      dueOn: '2026-11-09',
      complexDueOn: '2026-11-24',
      source: 'Luật Khiếu nại 2011, Điều 28',
    },
  ],
  visits: [
    savedVisit({ id: 11, receivedAt: '2026-10-02T08:15:00+07:00', isFirstReception: true }),
    savedVisit({
      id: 15,
      receivedAt: '2026-11-20T14:00:00+07:00',
      isFirstReception: false,
      receptionKind: 'dinh_ky',
    }),
  ],
};

beforeEach(() => {
  callMock.mockReset();
  callMock.mockImplementation(fakeCall({ 'cases:get': () => DETAIL }) as typeof call);
});

describe('CasePage', () => {
  it('shows the case, its deadlines in dd/mm/yyyy and its visits in order, each linked', async () => {
    render(
      <MemoryRouter initialEntries={['/vu-viec/7']}>
        <Routes>
          <Route path="/vu-viec/:id" element={<CasePage />} />
        </Routes>
      </MemoryRouter>,
    );
    expect(await screen.findByRole('heading', { name: 'Vụ việc VV-2026-00007' })).toBeInTheDocument();
    expect(inputsOf(callMock, 'cases:get')).toEqual([{ id: 7 }]);
    expect(screen.getByText('Đất đai (tranh chấp, đòi đất cũ, đền bù, giải tỏa)')).toBeInTheDocument();
    expect(screen.getByText('10/10/2026')).toBeInTheDocument();
    const deadlines = screen.getByRole('table', { name: 'Thời hạn theo luật' });
    expect(within(deadlines).getByText('09/11/2026')).toBeInTheDocument();
    expect(within(deadlines).getByText('24/11/2026')).toBeInTheDocument();
    const visits = within(screen.getByRole('table', { name: 'Các lượt tiếp của vụ việc' })).getAllByRole(
      'row',
    );
    expect(visits[1]).toHaveTextContent('02/10/2026Tiếp thường xuyên');
    expect(visits[1]).toHaveTextContent('Lần đầu');
    expect(visits[2]).toHaveTextContent('Thủ trưởng tiếp định kỳ');
    expect(visits[2]).toHaveTextContent('Nhiều lần');
    expect(within(visits[2]!).getByRole('link', { name: '20/11/2026' })).toHaveAttribute(
      'href',
      '/so-tiep-cong-dan/15',
    );
  });
});
