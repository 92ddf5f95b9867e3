// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../../shared/contract/zod-locale';
import type { CaseSuggestOutput } from '../../../../shared/contract/cases';
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

beforeEach(() => {
  callMock.mockReset();
});

const SUGGESTIONS: CaseSuggestOutput = {
  persons: [
    {
      id: 3,
      fullName: 'Trần Thị Mai',
      gender: 'nu',
      birthYear: 1985,
      idType: 'cccd',
      idNumber: '001185012345',
      oldIdNumber: null,
      phone: '0912345678',
      provinceCode: '01',
      communeCode: '00070',
      address: 'Số 5 Hàng Bạc',
      fullAddress: 'Số 5 Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội',
      visitCount: 3,
      lastVisitAt: '2026-10-02T08:15:00+07:00',
    },
  ],
  cases: [
    {
      caseId: 7,
      code: 'VV-2026-00007',
      classification: 'khieu_nai',
      summary: 'Khiếu nại bồi thường đất nông nghiệp',
      status: 'dang_giai_quyet',
      visitCount: 2,
      lastReceivedAt: '2026-10-02T08:15:00+07:00',
      reason: 'same_id',
    },
  ],
};

describe('Intake form: group delegations', () => {
  it('offers representatives from the group threshold on, up to 4 besides the citizen', async () => {
    const user = setup();
    const headcount = screen.getByLabelText('Số người');
    await user.clear(headcount);
    await user.type(headcount, '4');
    expect(screen.queryByText('Đoàn đông người')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm người đại diện' })).not.toBeInTheDocument();

    await user.clear(headcount);
    await user.type(headcount, '12');
    expect(await screen.findByText('Đoàn đông người')).toBeInTheDocument();
    const add = screen.getByRole('button', { name: 'Thêm người đại diện' });
    for (let i = 0; i < 4; i++) await user.click(add);
    expect(screen.getByLabelText('Họ và tên (người đại diện 2)')).toBeInTheDocument();
    expect(screen.getByLabelText('Số giấy tờ (CCCD, CMND, hộ chiếu) (người đại diện 5)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm người đại diện' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Họ và tên (người đại diện 2)'), 'Phạm Văn Hai');
    for (const n of [5, 4, 3])
      await user.click(screen.getByRole('button', { name: `Xóa người đại diện ${n}` }));
    await user.type(screen.getByLabelText('Họ và tên'), 'Trưởng đoàn');
    await user.selectOptions(screen.getByLabelText('Phân loại'), 'Kiến nghị');
    await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Kiến nghị chung{Enter}');
    await waitFor(() => expect(inputsOf(callMock, 'visits:create')).toHaveLength(1));
    expect(inputsOf(callMock, 'visits:create')[0]).toMatchObject({
      headcount: 12,
      person: { fullName: 'Trưởng đoàn' },
      representatives: [{ fullName: 'Phạm Văn Hai' }],
    });
  });

  it('follows the threshold from the office settings', async () => {
    const user = setup({ 'settings:office': () => ({ officeName: 'X', groupThreshold: 3 }) });
    await screen.findByText('Từ 3 người trở lên là đoàn đông người.');
    await user.clear(screen.getByLabelText('Số người'));
    await user.type(screen.getByLabelText('Số người'), '3');
    expect(screen.getByText('Đoàn đông người')).toBeInTheDocument();
  });
});

describe('Intake form: suggestions', () => {
  it('links a suggested case with Alt+1, shows it and can unlink it', async () => {
    const user = setup({ 'cases:suggest': () => SUGGESTIONS });
    await user.type(screen.getByLabelText('Họ và tên'), 'Trần Thị Mai');
    expect(await screen.findByText('Khiếu nại bồi thường đất nông nghiệp')).toBeInTheDocument();
    expect(inputsOf(callMock, 'cases:suggest').at(-1)).toMatchObject({ fullName: 'Trần Thị Mai' });
    expect(screen.getByText(/Cùng số giấy tờ/)).toBeInTheDocument();

    await user.keyboard('{Alt>}1{/Alt}');
    expect(screen.getByText(/Liên kết vụ việc/)).toHaveTextContent('Liên kết vụ việc VV-2026-00007');
    await user.selectOptions(screen.getByLabelText('Phân loại'), 'Khiếu nại');
    await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Lần nữa{Enter}');
    await waitFor(() => expect(inputsOf(callMock, 'visits:create')).toHaveLength(1));
    expect(inputsOf(callMock, 'visits:create')[0]).toMatchObject({ caseId: 7 });

    await user.type(screen.getByLabelText('Họ và tên'), 'Trần Thị Mai');
    await screen.findByText('Khiếu nại bồi thường đất nông nghiệp');
    await user.click(screen.getByRole('button', { name: 'Liên kết VV-2026-00007 (Alt+1)' }));
    await user.click(screen.getByRole('button', { name: 'Bỏ liên kết (vụ việc mới)' }));
    expect(screen.getByText('Chưa liên kết: lưu sẽ mở vụ việc mới.')).toBeInTheDocument();
  });

  it('fills the citizen fields from a returning person', async () => {
    const user = setup({ 'cases:suggest': () => SUGGESTIONS });
    await user.type(screen.getByLabelText('Số giấy tờ (CCCD, CMND, hộ chiếu)'), '001185012345');
    expect(await screen.findByText('Công dân đã đến 3 lần, lần gần nhất 02/10/2026')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dùng thông tin này (Trần Thị Mai)' }));
    expect(screen.getByLabelText('Họ và tên')).toHaveValue('Trần Thị Mai');
    expect(screen.getByLabelText('Năm sinh')).toHaveValue(1985);
    expect(screen.getByLabelText('Giới tính')).toHaveValue('nu');
    expect(screen.getByLabelText('Địa chỉ')).toHaveValue('Số 5 Hàng Bạc');
    await waitFor(() => expect(screen.getByLabelText('Xã/phường/đặc khu')).toHaveValue('00070'));
    expect(screen.getByLabelText('Tỉnh/thành phố')).toHaveValue('01');
  });
});

describe('Intake form: address and sessions', () => {
  it('offers the current units for an old address line and fills them with one click', async () => {
    const user = setup({
      'reference:resolve-address': () => [
        {
          provinceCode: '92',
          provinceName: 'Thành phố Cần Thơ',
          communeCode: '31150',
          communeName: 'Phường Vị Thanh',
          confidence: 'exact',
          matchedAs: 'old',
        },
      ],
    });
    await user.type(screen.getByLabelText('Địa chỉ'), 'Phường 5, TP Vị Thanh, Hậu Giang');
    await user.tab();
    const offer = await screen.findByRole('group', { name: 'Đơn vị hành chính gợi ý' });
    expect(offer).toHaveTextContent(
      'Địa chỉ cũ “Phường 5, TP Vị Thanh, Hậu Giang” nay thuộc: Phường Vị Thanh, Thành phố Cần Thơ',
    );
    await user.click(within(offer).getByRole('button', { name: 'Chọn Phường Vị Thanh, Thành phố Cần Thơ' }));
    expect(screen.getByLabelText('Tỉnh/thành phố')).toHaveValue('92');
    await waitFor(() => expect(screen.getByLabelText('Xã/phường/đặc khu')).toHaveValue('31150'));
    expect(screen.queryByRole('group', { name: 'Đơn vị hành chính gợi ý' })).not.toBeInTheDocument();
  });

  it("needs a kỳ tiếp for the head's reception and can open one inline", async () => {
    const user = setup({
      'sessions:create': (input) => ({
        ...input,
        id: 4,
        title: input.title ?? null,
        status: 'open' as const,
        channel: input.channel ?? 'truc_tiep',
        meetingRef: input.meetingRef ?? null,
        visitCount: 0,
      }),
    });
    await user.selectOptions(screen.getByLabelText('Hình thức tiếp'), 'Thủ trưởng tiếp định kỳ');
    expect(screen.getByLabelText('Kỳ tiếp')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Văn C');
    await user.selectOptions(screen.getByLabelText('Phân loại'), 'Tố cáo');
    await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Tố cáo{Enter}');
    expect(await screen.findByText('Hãy chọn hoặc tạo kỳ tiếp cho hình thức tiếp này.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Người chủ trì'), 'Chủ tịch UBND xã{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Kỳ tiếp')).toHaveValue('4'));
    expect(inputsOf(callMock, 'sessions:create')[0]).toMatchObject({
      kind: 'dinh_ky',
      presidedBy: 'Chủ tịch UBND xã',
    });
    expect(inputsOf(callMock, 'visits:create')).toHaveLength(0);

    await user.type(screen.getByLabelText('Nội dung vụ việc'), '{Enter}');
    await waitFor(() => expect(inputsOf(callMock, 'visits:create')).toHaveLength(1));
    expect(inputsOf(callMock, 'visits:create')[0]).toMatchObject({ receptionKind: 'dinh_ky', sessionId: 4 });
  });
});
