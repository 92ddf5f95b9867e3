// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../../shared/contract/zod-locale';
import { call } from '../../api/api';
import { fakeCall, inputsOf, type FakeAnswers } from '../../test/fake-api';
import { renderIntakePage } from '../../test/render-intake';

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

beforeEach(() => {
  callMock.mockReset();
});

describe('Intake form: keyboard rules', () => {
  it('keeps the page heading and the form name, and starts with focus in "Họ và tên"', async () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Tiếp nhận công dân' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Phiếu tiếp nhận' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Họ và tên')).toHaveFocus());
  });

  it('saves with Enter from the content field, then clears, refocuses and says what was saved', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Văn Tám');
    await user.type(screen.getByLabelText(ID_LABEL), '036090001234');
    await user.type(screen.getByLabelText('Địa chỉ'), 'Số 5 ngõ 12');
    await user.selectOptions(screen.getByLabelText('Phân loại'), 'Kiến nghị');
    await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Kiến nghị làm đường{Enter}');
    await waitFor(() => expect(inputsOf(callMock, 'visits:create')).toHaveLength(1));
    expect(inputsOf(callMock, 'visits:create')[0]).toMatchObject({
      receivedAt: null,
      receptionKind: 'thuong_xuyen',
      person: { fullName: 'Lê Văn Tám', idType: '', idNumber: '036090001234', address: 'Số 5 ngõ 12' },
      representatives: [],
      headcount: 1,
      classification: 'kien_nghi',
      content: 'Kiến nghị làm đường',
      caseId: null,
      idWarningsAccepted: [],
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Đã lưu lượt tiếp của Lê Văn Tám (Kiến nghị), vụ việc VV-2026-00001.',
    );
    await waitFor(() => expect(screen.getByLabelText('Họ và tên')).toHaveValue(''));
    await waitFor(() => expect(screen.getByLabelText('Họ và tên')).toHaveFocus());
  });

  it('keeps a new line with Shift+Enter in a text box instead of saving', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Dòng 1{Shift>}{Enter}{/Shift}Dòng 2');
    expect(screen.getByLabelText('Nội dung vụ việc')).toHaveValue('Dòng 1\nDòng 2');
    await user.type(screen.getByLabelText('Ghi chú'), 'a{Shift>}{Enter}{/Shift}b');
    expect(screen.getByLabelText('Ghi chú')).toHaveValue('a\nb');
    expect(inputsOf(callMock, 'visits:create')).toHaveLength(0);
  });

  it('ignores Enter while an input method is composing', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Họ và tên'), 'Nguyễn Văn A');
    await user.selectOptions(screen.getByLabelText('Phân loại'), 'Phản ánh');
    await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Phản ánh');
    fireEvent.keyDown(screen.getByLabelText('Nội dung vụ việc'), { key: 'Enter', isComposing: true });
    fireEvent.keyDown(screen.getByLabelText('Nội dung vụ việc'), { key: 'Enter', keyCode: 229 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(inputsOf(callMock, 'visits:create')).toHaveLength(0);
  });

  it('clears the form with Esc', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Họ và tên'), 'Ai đó');
    await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Nội dung{Escape}');
    expect(screen.getByLabelText('Họ và tên')).toHaveValue('');
    expect(screen.getByLabelText('Nội dung vụ việc')).toHaveValue('');
    await waitFor(() => expect(screen.getByLabelText('Họ và tên')).toHaveFocus());
  });

  it('reaches every field with Tab', async () => {
    const user = setup();
    await waitFor(() => expect(screen.getByLabelText('Họ và tên')).toHaveFocus());
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await user.tab();
      const label = document.activeElement?.id
        ? document.querySelector(`label[for="${document.activeElement.id}"]`)
        : null;
      if (label?.textContent) reached.add(label.textContent);
    }
    for (const name of ['Năm sinh', 'Loại giấy tờ', ID_LABEL, 'Tỉnh/thành phố', 'Địa chỉ', 'Số người']) {
      expect(reached).toContain(name);
    }
    for (const name of ['Phân loại', 'Lĩnh vực', 'Nội dung vụ việc', 'Hướng xử lý', 'Từ chối tiếp']) {
      expect(reached).toContain(name);
    }
  });

  it('shows the shared schema messages next to the fields and does not save', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Nội dung vụ việc'), '   {Enter}');
    expect(await screen.findByText('Hãy nhập họ và tên.')).toBeInTheDocument();
    expect(screen.getByText('Hãy chọn phân loại.')).toBeInTheDocument();
    expect(screen.getByText('Hãy nhập nội dung vụ việc.')).toBeInTheDocument();
    expect(screen.getByLabelText('Họ và tên')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Họ và tên')).toHaveFocus();
    expect(inputsOf(callMock, 'visits:create')).toHaveLength(0);
  });
});
