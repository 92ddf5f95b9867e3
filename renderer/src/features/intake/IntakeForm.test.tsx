// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../../../../shared/contract/zod-locale';
import { IntakeForm } from './IntakeForm';
import { toContractInput } from './intake-form-model';

function setup(result = true) {
  const onSave = vi.fn(() => Promise.resolve(result));
  render(<IntakeForm onSave={onSave} isSaving={false} />);
  return { onSave, user: userEvent.setup() };
}

describe('IntakeForm', () => {
  it('starts with focus in "Họ và tên"', async () => {
    setup();
    await waitFor(() => expect(screen.getByLabelText('Họ và tên')).toHaveFocus());
  });

  it('saves with Enter from the content field, sends NFC text, then clears and refocuses', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Văn Tám');
    await user.type(screen.getByLabelText('Số giấy tờ (CCCD, CMND, hộ chiếu)'), '036090001234');
    await user.selectOptions(screen.getByLabelText('Phân loại'), 'Kiến nghị');
    await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Kiến nghị làm đường{Enter}');
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]).toEqual([
      {
        fullName: 'Lê Văn Tám',
        idNumber: '036090001234',
        address: '',
        classification: 'kien_nghi',
        content: 'Kiến nghị làm đường',
      },
    ]);
    await waitFor(() => expect(screen.getByLabelText('Họ và tên')).toHaveValue(''));
    await waitFor(() => expect(screen.getByLabelText('Họ và tên')).toHaveFocus());
  });

  it('keeps a new line with Shift+Enter instead of saving', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Dòng 1{Shift>}{Enter}{/Shift}Dòng 2');
    expect(screen.getByLabelText('Nội dung vụ việc')).toHaveValue('Dòng 1\nDòng 2');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the shared schema messages next to the fields and does not save', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByLabelText('Số giấy tờ (CCCD, CMND, hộ chiếu)'), '12{Enter}');
    expect(await screen.findByText('Hãy nhập họ và tên.')).toBeInTheDocument();
    expect(screen.getByText('Hãy chọn phân loại.')).toBeInTheDocument();
    expect(screen.getByText('Hãy nhập nội dung vụ việc.')).toBeInTheDocument();
    expect(
      screen.getByText('Số giấy tờ chỉ gồm chữ số (hoặc chữ cái với hộ chiếu), từ 6 đến 20 ký tự.'),
    ).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps what was typed when the save fails', async () => {
    const { onSave, user } = setup(false);
    await user.type(screen.getByLabelText('Họ và tên'), 'Võ Thị Sáu');
    await user.selectOptions(screen.getByLabelText('Phân loại'), 'Phản ánh');
    await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Phản ánh{Enter}');
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(screen.getByLabelText('Họ và tên')).toHaveValue('Võ Thị Sáu');
  });

  it('clears the form with Esc', async () => {
    const { user } = setup();
    await user.type(screen.getByLabelText('Họ và tên'), 'Ai đó{Escape}');
    expect(screen.getByLabelText('Họ và tên')).toHaveValue('');
  });
});

describe('toContractInput', () => {
  it('leaves an unselected classification undefined so the schema asks for it', () => {
    expect(
      toContractInput({ fullName: 'A', idNumber: '', address: '', classification: '', content: 'x' }),
    ).toEqual({
      person: { fullName: 'A', idNumber: '', address: '' },
      classification: undefined,
      content: 'x',
    });
  });
});
