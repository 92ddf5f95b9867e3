// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../../shared/contract/zod-locale';
import { ApiError, call } from '../../api/api';
import { fakeCall, inputsOf, savedVisit, type FakeAnswers } from '../../test/fake-api';
import { renderIntakePage } from '../../test/render-intake';
import { BACK_ENTRY_MESSAGE, CONFIRM_WARNINGS_MESSAGE } from './intake-form-model';

vi.mock('../../api/api', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  call: vi.fn(),
  getApi: vi.fn(() => ({ calls: {}, on: () => () => undefined })),
}));
const callMock = vi.mocked(call);

function setup(answers: FakeAnswers = {}) {
  callMock.mockImplementation(fakeCall(answers) as typeof call);
  return renderIntakePage();
}

const ID_LABEL = 'Số giấy tờ (CCCD, CMND, hộ chiếu)';

async function fillMinimum(user: ReturnType<typeof setup>, name = 'Nguyễn Thị Hoà') {
  await user.type(screen.getByLabelText('Họ và tên'), name);
  await user.selectOptions(screen.getByLabelText('Phân loại'), 'Khiếu nại');
  await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Khiếu nại bồi thường');
}

beforeEach(() => {
  callMock.mockReset();
});

describe('Intake form: ID checks', () => {
  it('shows a format error next to the number as it is typed', async () => {
    const user = setup();
    await user.type(screen.getByLabelText(ID_LABEL), '0011850123456');
    expect(screen.getByText('Số CCCD phải gồm đúng 12 chữ số; hãy kiểm tra lại.')).toBeInTheDocument();
  });

  it('asks for each warning to be confirmed, then sends the accepted codes', async () => {
    const user = setup();
    await fillMinimum(user);
    // 001185…: a woman born in 1985; the officer typed Nam and 1986.
    await user.type(screen.getByLabelText(ID_LABEL), '001185012345');
    await user.selectOptions(screen.getByLabelText('Giới tính'), 'Nam');
    await user.type(screen.getByLabelText('Năm sinh'), '1986');
    expect(screen.getByText(/giới tính nữ, khác giới tính đã chọn nam/)).toBeInTheDocument();
    expect(screen.getByText(/năm sinh 1985, khác năm sinh đã nhập 1986/)).toBeInTheDocument();
    const boxes = screen.getAllByRole('checkbox', { name: 'Tôi đã kiểm tra, vẫn lưu' });
    expect(boxes).toHaveLength(2);

    await user.type(screen.getByLabelText('Nội dung vụ việc'), '{Enter}');
    expect(await screen.findByText(CONFIRM_WARNINGS_MESSAGE)).toBeInTheDocument();
    expect(inputsOf(callMock, 'visits:create')).toHaveLength(0);

    await user.click(boxes[0]!);
    await user.click(boxes[1]!);
    await user.type(screen.getByLabelText('Nội dung vụ việc'), '{Enter}');
    await waitFor(() => expect(inputsOf(callMock, 'visits:create')).toHaveLength(1));
    expect(inputsOf(callMock, 'visits:create')[0]).toMatchObject({
      person: { gender: 'nam', birthYear: 1986, idNumber: '001185012345' },
      idWarningsAccepted: ['sex_mismatch', 'birth_year_mismatch'],
    });
  });

  it("shows main's NEEDS_CONFIRMATION warnings the same way and keeps what was typed", async () => {
    const warning = 'Số giấy tờ này đã ghi cho công dân Trần Văn B; hãy kiểm tra lại hoặc xác nhận để lưu.';
    let attempt = 0;
    const user = setup({
      'visits:create': () => {
        attempt += 1;
        if (attempt === 1) {
          throw new ApiError({
            code: 'NEEDS_CONFIRMATION',
            message: 'Có cảnh báo về số giấy tờ cần xác nhận.',
            issues: [{ path: 'person.idNumber', message: warning }],
          });
        }
        return savedVisit({ fullName: 'Nguyễn Thị Hoà', classification: 'khieu_nai' });
      },
    });
    await fillMinimum(user);
    await user.type(screen.getByLabelText(ID_LABEL), '001185012345{Enter}');
    expect(await screen.findByText(warning)).toBeInTheDocument();
    expect(screen.getByText('Có cảnh báo về số giấy tờ cần xác nhận.')).toBeInTheDocument();
    expect(screen.getByLabelText('Họ và tên')).toHaveValue('Nguyễn Thị Hoà');
    expect(screen.getByLabelText(ID_LABEL)).toHaveAttribute('aria-invalid', 'true');

    const group = screen.getByRole('group', { name: warning });
    await user.click(within(group).getByRole('checkbox', { name: 'Tôi đã kiểm tra, vẫn lưu' }));
    await user.type(screen.getByLabelText('Nội dung vụ việc'), '{Enter}');
    await waitFor(() => expect(inputsOf(callMock, 'visits:create')).toHaveLength(2));
    expect(
      (inputsOf(callMock, 'visits:create')[1] as { idWarningsAccepted: string[] }).idWarningsAccepted,
    ).toHaveLength(1);
    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu lượt tiếp của Nguyễn Thị Hoà');
  });
});

describe('Intake form: back entry and server issues', () => {
  it('asks for "Lý do nhập bổ sung" when the time is set to an earlier day', async () => {
    const user = setup();
    await fillMinimum(user);
    expect(screen.queryByLabelText('Lý do nhập bổ sung')).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Thời điểm tiếp'), { target: { value: '2020-01-15T09:00' } });
    const reason = await screen.findByLabelText('Lý do nhập bổ sung');
    await user.type(screen.getByLabelText('Nội dung vụ việc'), '{Enter}');
    expect(await screen.findByText(BACK_ENTRY_MESSAGE)).toBeInTheDocument();
    expect(reason).toHaveFocus();
    expect(inputsOf(callMock, 'visits:create')).toHaveLength(0);

    await user.type(reason, 'Chuyển từ sổ giấy{Enter}');
    await waitFor(() => expect(inputsOf(callMock, 'visits:create')).toHaveLength(1));
    expect(inputsOf(callMock, 'visits:create')[0]).toMatchObject({
      receivedAt: '2020-01-15T09:00',
      backEntryReason: 'Chuyển từ sổ giấy',
    });
  });

  it("puts main's INVALID_INPUT issues next to their fields and keeps everything typed", async () => {
    const user = setup({
      'visits:create': () => {
        throw new ApiError({
          code: 'INVALID_INPUT',
          message: 'Phiếu có chỗ chưa đúng; hãy sửa các ô được đánh dấu.',
          issues: [
            { path: 'person.phone', message: 'Số điện thoại này không gọi được; hãy kiểm tra lại.' },
            { path: 'content', message: 'Nội dung trùng một lượt tiếp vừa ghi.' },
            { path: 'somethingElse', message: 'Lỗi không gắn với ô nào.' },
          ],
        });
      },
    });
    await fillMinimum(user);
    await user.type(screen.getByLabelText('Số điện thoại'), '0912345678');
    await user.type(screen.getByLabelText('Nội dung vụ việc'), '{Enter}');
    expect(
      await screen.findByText('Số điện thoại này không gọi được; hãy kiểm tra lại.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Số điện thoại')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Số điện thoại')).toHaveAccessibleDescription(
      'Số điện thoại này không gọi được; hãy kiểm tra lại.',
    );
    expect(screen.getByLabelText('Số điện thoại')).toHaveFocus();
    expect(screen.getByText('Nội dung trùng một lượt tiếp vừa ghi.')).toBeInTheDocument();
    expect(screen.getByText('Lỗi không gắn với ô nào.')).toBeInTheDocument();
    expect(screen.getByText('Phiếu có chỗ chưa đúng; hãy sửa các ô được đánh dấu.')).toBeInTheDocument();
    expect(screen.getByLabelText('Họ và tên')).toHaveValue('Nguyễn Thị Hoà');
    expect(screen.getByLabelText('Số điện thoại')).toHaveValue('0912345678');
    expect(screen.getByLabelText('Nội dung vụ việc')).toHaveValue('Khiếu nại bồi thường');
  });
});
