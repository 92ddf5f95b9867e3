// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SessionUserView } from '../../../../shared/contract/auth';
import { UserContext } from '../auth/user-context';
import { DenouncerReveal } from './DenouncerReveal';

function renderAs(role: SessionUserView['role'], reveal: (reason: string) => Promise<string>) {
  const user: SessionUserView = { userId: 1, username: 'u', fullName: 'Người dùng', role };
  render(
    <UserContext.Provider value={{ user, signOut: () => undefined }}>
      <DenouncerReveal record="đơn tố cáo" reveal={reveal}>
        {(revealed) => <p>Đã xem: {revealed}</p>}
      </DenouncerReveal>
    </UserContext.Provider>,
  );
}

describe('DenouncerReveal', () => {
  it('tells a receptionist who may see the denouncer, with no form', () => {
    renderAs('receptionist', vi.fn());
    expect(screen.getByText(/^Đây là đơn tố cáo: họ tên/)).toBeTruthy();
    expect(screen.getByText('Chỉ lãnh đạo hoặc quản trị hệ thống được xem thông tin này.')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('reveals for a leader with the reason, after showing a refusal', async () => {
    const reveal = vi
      .fn<(reason: string) => Promise<string>>()
      .mockRejectedValueOnce(new Error('Hãy ghi lý do xem.'))
      .mockResolvedValueOnce('Trần Thị Lan');
    renderAs('leader', reveal);
    const form = screen.getByRole('form', { name: 'Xem thông tin người tố cáo' });
    const button = screen.getByRole('button', { name: 'Xem thông tin người tố cáo' });
    expect(button).toHaveProperty('disabled', true);
    await userEvent.type(screen.getByLabelText('Lý do xem (ghi vào nhật ký)'), 'Xác minh');
    await userEvent.click(button);
    expect(screen.getByRole('alert').textContent).toBe('Hãy ghi lý do xem.');
    expect(form.isConnected).toBe(true);
    await userEvent.click(button);
    expect(reveal.mock.calls).toEqual([['Xác minh'], ['Xác minh']]);
    expect(screen.getByText('Đã xem: Trần Thị Lan')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
  });
});
