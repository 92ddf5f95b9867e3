// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../../shared/contract/zod-locale';
import { call } from '../../api/api';
import { fakeCall, inputsOf } from '../../test/fake-api';
import { renderIntakePage } from '../../test/render-intake';

vi.mock('../../api/api', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  call: vi.fn(),
  getApi: vi.fn(() => ({ calls: {}, on: () => () => undefined })),
}));
const callMock = vi.mocked(call);

const ID_LABEL = 'Số giấy tờ (CCCD, CMND, hộ chiếu)';

beforeEach(() => {
  callMock.mockReset();
  callMock.mockImplementation(fakeCall({}) as typeof call);
});

describe('Intake form: the papers of Luật 136/2025', () => {
  it('offers every paper the law lists beside those still on file', () => {
    renderIntakePage();
    const options = within(screen.getByLabelText('Loại giấy tờ')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Nhận biết theo số',
      'CCCD / thẻ căn cước',
      'Số căn cước',
      'Số định danh cá nhân',
      'Giấy chứng nhận căn cước',
      'Hộ chiếu',
      'CMND',
      'Không có giấy tờ',
    ]);
  });

  it('checks a số định danh cá nhân as the 12-digit personal ID, in its own words', async () => {
    const user = renderIntakePage();
    await user.selectOptions(screen.getByLabelText('Loại giấy tờ'), 'Số định danh cá nhân');
    await user.type(screen.getByLabelText(ID_LABEL), '00118501234');
    await user.tab();
    expect(
      screen.getByText('Số định danh cá nhân phải gồm đúng 12 chữ số; hãy kiểm tra lại.'),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText(ID_LABEL), '5');
    await user.type(screen.getByLabelText('Năm sinh'), '1986');
    expect(
      screen.getByText(/^Số định danh cá nhân cho biết năm sinh 1985, khác năm sinh đã nhập 1986/),
    ).toBeInTheDocument();
  });

  it('sends a giấy chứng nhận căn cước with its type and number', async () => {
    const user = renderIntakePage();
    await user.type(screen.getByLabelText('Họ và tên'), 'Phạm Thị Hoa');
    await user.selectOptions(screen.getByLabelText('Loại giấy tờ'), 'Giấy chứng nhận căn cước');
    await user.type(screen.getByLabelText(ID_LABEL), 'B1234567');
    await user.tab();
    expect(
      screen.getByText('Số giấy chứng nhận căn cước phải gồm đúng 12 chữ số; hãy kiểm tra lại.'),
    ).toBeInTheDocument();
    await user.clear(screen.getByLabelText(ID_LABEL));
    await user.type(screen.getByLabelText(ID_LABEL), '999 170 000 123');
    await user.selectOptions(screen.getByLabelText('Phân loại'), 'Kiến nghị');
    await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Kiến nghị cấp giấy tờ{Enter}');
    await waitFor(() => expect(inputsOf(callMock, 'visits:create')).toHaveLength(1));
    expect(inputsOf(callMock, 'visits:create')[0]).toMatchObject({
      person: { fullName: 'Phạm Thị Hoa', idType: 'gcn_can_cuoc', idNumber: '999 170 000 123' },
    });
  });
});
