// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PetitionDetail } from '../../../../shared/contract/petitions';
import { ApiError, call } from '../../api/api';
import { fakeCall, inputsOf } from '../../test/fake-api';
import { HandlingForm } from './HandlingForm';

vi.mock('../../api/api', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  call: vi.fn(),
  getApi: vi.fn(() => ({ calls: {}, on: () => () => undefined })),
}));
const callMock = vi.mocked(call);

const PETITION: PetitionDetail = {
  id: 4,
  incomingYear: 2026,
  incomingNumber: 3,
  incomingLabel: '3/2026',
  receivedOn: '2026-03-02',
  source: 'buu_chinh',
  isAnonymous: false,
  senderNames: 'Trần Thị Lan',
  isIdentityMasked: false,
  classification: 'khieu_nai',
  formSubject: 'dat_dai',
  level: 'lan_dau',
  content: 'Khiếu nại thu hồi đất',
  caseId: 1,
  caseCode: 'VV-2026-00001',
  duplicateOf: null,
  eligibility: null,
  competence: null,
  outcome: null,
  forwardedTo: null,
  handledOn: null,
  dueOn: '2026-03-12',
  sourceBody: null,
  subject: 'dat_dai',
  senders: [],
  ineligibleReason: null,
  handledByName: null,
  note: null,
  createdByName: 'Cán bộ',
  steps: [],
  replies: [],
  attachments: [],
};

beforeEach(() => {
  callMock.mockReset();
  callMock.mockImplementation(fakeCall({ 'petitions:handle': () => PETITION }) as typeof call);
});

const optionsOf = (label: string) =>
  within(screen.getByLabelText(label))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('HandlingForm', () => {
  it('offers only the outcomes the eligibility and competence allow, and sends the decision', async () => {
    const onSaved = vi.fn();
    render(<HandlingForm petition={PETITION} onSaved={onSaved} />);
    expect(optionsOf('Kết quả xử lý')).toEqual(['Đề xuất thụ lý']);
    fireEvent.change(screen.getByLabelText('Thẩm quyền'), { target: { value: 'khong_thuoc' } });
    expect(optionsOf('Kết quả xử lý')).toEqual(['Hướng dẫn', 'Chuyển đơn']);
    fireEvent.change(screen.getByLabelText('Kết quả xử lý'), { target: { value: 'chuyen_don' } });
    fireEvent.change(screen.getByLabelText('Ngày xử lý'), { target: { value: '2026-03-05' } });
    fireEvent.change(screen.getByLabelText('Cơ quan nhận đơn chuyển'), { target: { value: 'UBND huyện' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu kết quả xử lý' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(inputsOf(callMock, 'petitions:handle')).toEqual([
      {
        id: 4,
        decidedOn: '2026-03-05',
        eligibility: 'du_dieu_kien',
        ineligibleReason: null,
        competence: 'khong_thuoc',
        outcome: 'chuyen_don',
        forwardedTo: 'UBND huyện',
      },
    ]);
  });

  it('asks for the reason when not eligible, and shows main’s message beside the field', async () => {
    callMock.mockImplementation(
      fakeCall({
        'petitions:handle': () => {
          throw new ApiError({
            code: 'INVALID_INPUT',
            message: 'Dữ liệu chưa hợp lệ.',
            issues: [{ path: 'ineligibleReason', message: 'Hãy ghi lý do đơn không đủ điều kiện xử lý.' }],
          });
        },
      }) as typeof call,
    );
    render(<HandlingForm petition={PETITION} onSaved={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('Điều kiện xử lý'), { target: { value: 'khong_du_dieu_kien' } });
    expect(screen.queryByLabelText('Thẩm quyền')).toBeNull();
    expect(optionsOf('Kết quả xử lý')).toEqual(['Lưu đơn', 'Trả lại đơn']);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu kết quả xử lý' }));
    expect(await screen.findByText('Hãy ghi lý do đơn không đủ điều kiện xử lý.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Dữ liệu chưa hợp lệ.');
  });
});
