// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../../shared/contract/zod-locale';
import type { SessionView } from '../../../../shared/contract/sessions';
import { toLocalDate } from '../../../../shared/domain/local-time';
import { call } from '../../api/api';
import { fakeCall, inputsOf } from '../../test/fake-api';
import { renderIntakePage } from '../../test/render-intake';

vi.mock('../../api/api', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  call: vi.fn(),
  getApi: vi.fn(() => ({ calls: {}, on: () => () => undefined })),
}));
const callMock = vi.mocked(call);

beforeEach(() => {
  callMock.mockReset();
});

const today = toLocalDate(new Date());
const session = (id: number, status: 'open' | 'closed'): SessionView => ({
  id,
  kind: 'dinh_ky',
  channel: 'truc_tiep',
  meetingRef: null,
  heldOn: today,
  presidedBy: `Chủ tịch ${id}`,
  title: null,
  visitCount: 0,
  status,
});

describe('intake in a session opened from the schedule', () => {
  it('picks the open session of the kind (not the closed one) and saves the visit in it', async () => {
    callMock.mockImplementation(
      fakeCall({ 'sessions:list': () => [session(6, 'closed'), session(7, 'open')] }) as typeof call,
    );
    const user = renderIntakePage();
    await user.selectOptions(screen.getByLabelText('Hình thức tiếp'), 'Thủ trưởng tiếp định kỳ');
    await waitFor(() => expect(screen.getByLabelText('Kỳ tiếp')).toHaveValue('7'));
    await user.type(screen.getByLabelText('Họ và tên'), 'Lê Văn C');
    await user.selectOptions(screen.getByLabelText('Phân loại'), 'Kiến nghị');
    await user.type(screen.getByLabelText('Nội dung vụ việc'), 'Sửa đường{Enter}');
    await waitFor(() => expect(inputsOf(callMock, 'visits:create')).toHaveLength(1));
    expect(inputsOf(callMock, 'visits:create')[0]).toMatchObject({ receptionKind: 'dinh_ky', sessionId: 7 });
  });
});
