// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../../shared/contract/zod-locale';
import type { VisitDetail } from '../../../../shared/contract/visits';
import { call } from '../../api/api';
import { fakeCall, inputsOf, savedVisit } from '../../test/fake-api';
import { VisitEditPage } from './VisitEditPage';

vi.mock('../../api/api', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  call: vi.fn(),
  getApi: vi.fn(() => ({ calls: {}, on: () => () => undefined })),
}));
const callMock = vi.mocked(call);

const DETAIL: VisitDetail = {
  ...savedVisit({
    id: 9,
    caseId: 4,
    caseCode: 'VV-2026-00004',
    officerName: 'Cán bộ Hà',
    subject: 'dat_dai',
  }),
  receivedAt: '2026-10-02T08:15:42+07:00',
  person: {
    id: 5,
    fullName: 'Lê Văn Tám',
    gender: 'nam',
    birthYear: 1990,
    idType: 'cccd',
    idNumber: '036090001234',
    oldIdNumber: null,
    phone: null,
    provinceCode: '01',
    communeCode: '00070',
    address: 'Số 1',
    fullAddress: null,
  },
  representatives: [],
  documents: [{ id: 1, name: 'Đơn kiến nghị', pages: 2, isOriginal: true, condition: 'Còn tốt' }],
  backEntryReason: null,
  idCheckOverrides: [],
};

beforeEach(() => {
  callMock.mockReset();
  callMock.mockImplementation(
    fakeCall({ 'visits:get': () => DETAIL, 'visits:update': () => savedVisit({ id: 9 }) }) as typeof call,
  );
});

describe('VisitEditPage', () => {
  it('opens the visit in the intake form and saves changes with visits:update', async () => {
    render(
      <MemoryRouter initialEntries={['/so-tiep-cong-dan/9']}>
        <Routes>
          <Route path="/so-tiep-cong-dan/:id" element={<VisitEditPage />} />
        </Routes>
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    const name = await screen.findByLabelText('Họ và tên');
    expect(name).toHaveValue('Lê Văn Tám');
    expect(screen.getByRole('form', { name: 'Phiếu tiếp nhận' })).toBeInTheDocument();
    expect(screen.getByLabelText('Tên tài liệu (tài liệu 1)')).toHaveValue('Đơn kiến nghị');
    expect(screen.getByLabelText('Cán bộ tiếp')).toHaveValue('Cán bộ Hà');
    expect(screen.getByText(/Liên kết vụ việc/)).toHaveTextContent('VV-2026-00004');
    await waitFor(() => expect(screen.getByLabelText('Lĩnh vực')).toHaveValue('dat_dai'));
    expect(screen.queryByLabelText('Lý do nhập bổ sung')).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('Nội dung vụ việc'));
    await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Nội dung đã sửa{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu thay đổi.');
    expect(inputsOf(callMock, 'visits:update')[0]).toMatchObject({
      id: 9,
      visit: {
        receivedAt: '2026-10-02T08:15:42',
        content: 'Nội dung đã sửa',
        caseId: 4,
        subject: 'dat_dai',
        documents: [{ name: 'Đơn kiến nghị', pages: 2, isOriginal: true, condition: 'Còn tốt' }],
      },
    });
    expect(screen.getByLabelText('Nội dung vụ việc')).toHaveValue('Nội dung đã sửa');
  });
});
