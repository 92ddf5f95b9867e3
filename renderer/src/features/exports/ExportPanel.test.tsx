// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTallyResult } from '../../../../test/fixtures/tally-fixture';
import { ApiError, call } from '../../api/api';
import { fakeCall, inputsOf } from '../../test/fake-api';
import { ConsolidationPage, packagesOf } from './ConsolidationPage';
import { ExportPanel } from './ExportPanel';

vi.mock('../../api/api', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  call: vi.fn(),
  getApi: vi.fn(() => ({ calls: {}, on: () => () => undefined })),
}));
const callMock = vi.mocked(call);
const DRIVE = {
  mount: '/media/usb',
  label: 'KINGSTON',
  fsType: 'vfat',
  sizeBytes: 8e9,
  freeBytes: 2 * 1024 * 1024 * 1024,
};

beforeEach(() => {
  callMock.mockReset();
});

/** The drive picker once the drives have loaded. */
async function driveSelect(): Promise<HTMLElement> {
  await screen.findByRole('option', { name: /KINGSTON/ });
  return screen.getByRole('combobox', { name: 'Ổ USB' });
}

describe('ExportPanel', () => {
  it('exports the package to the picked drive and shows the verified files', async () => {
    callMock.mockImplementation(
      fakeCall({
        'exports:drives': () => ({ drives: [DRIVE] }),
        'exports:to-drive': () => ({
          target: 'KINGSTON (/media/usb)',
          files: [{ fileName: 'UBNDXA01-2024-H1-tt06-2025.zip', bytes: 123456, sha256: 'ab'.repeat(32) }],
        }),
      }) as typeof call,
    );
    const user = userEvent.setup();
    render(<ExportPanel request={{ periodSpec: '2024-H1', regime: 'tt01-2024', compare: true }} />);
    await user.click(screen.getByRole('radio', { name: 'Gói dữ liệu gửi cấp trên' }));
    await user.selectOptions(await driveSelect(), 'KINGSTON (/media/usb, còn trống 2.048 MB)');
    await user.click(screen.getByRole('button', { name: 'Ghi ra ổ USB' }));
    const result = await screen.findByRole('status', { name: 'Kết quả xuất' });
    expect(result.textContent).toContain('Đã ghi và kiểm tra lại trên KINGSTON (/media/usb):');
    expect(result.textContent).toContain(
      'UBNDXA01-2024-H1-tt06-2025.zip (123.456 byte, SHA-256 abababababababab…)',
    );
    expect(inputsOf(callMock, 'exports:to-drive')).toEqual([
      {
        source: { kind: 'tally', request: { periodSpec: '2024-H1', regime: 'tt01-2024', compare: true } },
        format: 'package',
        mount: '/media/usb',
      },
    ]);
  });

  it('shows the drive error in Vietnamese', async () => {
    callMock.mockImplementation(
      fakeCall({
        'exports:drives': () => ({ drives: [DRIVE] }),
        'exports:to-drive': () => {
          throw new ApiError({ code: 'CONFLICT', message: 'Ổ KINGSTON đã đầy: tệp cần khoảng 0,2 MB.' });
        },
      }) as typeof call,
    );
    const user = userEvent.setup();
    render(<ExportPanel request={{ periodSpec: '2024-H1', compare: false }} />);
    expect(screen.getByRole('button', { name: 'Ghi ra ổ USB' })).toHaveProperty('disabled', true);
    await user.selectOptions(await driveSelect(), '/media/usb');
    await user.click(screen.getByRole('button', { name: 'Ghi ra ổ USB' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Ổ KINGSTON đã đầy: tệp cần khoảng 0,2 MB.');
  });
});

describe('ConsolidationPage', () => {
  it('uploads the picked packages, lists refusals and shows one row per unit', async () => {
    const result = makeTallyResult({ units: 2 });
    callMock.mockImplementation(
      fakeCall({
        'exports:drives': () => ({ drives: [] }),
        'exports:consolidate': () => ({
          result,
          units: [],
          refused: [
            {
              fileName: 'c.zip',
              reason: 'Tệp bao-cao.json không khớp mã SHA-256 trong danh mục: gói đã bị sửa đổi.',
            },
          ],
          skipped: [],
        }),
      }) as typeof call,
    );
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <ConsolidationPage />
      </MemoryRouter>,
    );
    const files = [new File(['PK-a'], 'a.zip'), new File(['PK-c'], 'c.zip')];
    await user.upload(screen.getByLabelText('Gói báo cáo của đơn vị'), files);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra và tổng hợp' }));
    const refused = await screen.findByRole('list', { name: 'Gói bị từ chối' });
    expect(refused.textContent).toBe(
      'c.zip: Tệp bao-cao.json không khớp mã SHA-256 trong danh mục: gói đã bị sửa đổi.',
    );
    const table = screen.getByRole('table', { name: /Biểu số 01\/TCD/ });
    const rows = within(table).getAllByRole('row');
    expect(rows.at(-1)!.textContent).toContain('Tổng cộng');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Đơn vị số 1', 'Đơn vị số 2', 'Tổng cộng']);
    await waitFor(() =>
      expect(inputsOf(callMock, 'exports:consolidate')).toEqual([
        {
          files: [
            { fileName: 'a.zip', contentBase64: btoa('PK-a') },
            { fileName: 'c.zip', contentBase64: btoa('PK-c') },
          ],
        },
      ]),
    );
    expect(screen.getByRole('region', { name: 'Xuất báo cáo tổng hợp' })).toBeTruthy();
  });

  it('takes the .zip packages of a picked folder, in name order, and says which', async () => {
    callMock.mockImplementation(fakeCall({ 'exports:drives': () => ({ drives: [] }) }) as typeof call);
    const user = userEvent.setup({ applyAccept: false });
    render(
      <MemoryRouter>
        <ConsolidationPage />
      </MemoryRouter>,
    );
    const folder = [new File(['x'], 'ghi-chu.txt'), new File(['b'], 'B.ZIP'), new File(['a'], 'a.zip')];
    await user.upload(screen.getByLabelText('Hoặc cả một thư mục (ổ USB của đơn vị)'), folder);
    expect(screen.getByText('Đã chọn 2 gói: a.zip, B.ZIP.')).toBeTruthy();
    expect(packagesOf(folder).map((file) => file.name)).toEqual(['a.zip', 'B.ZIP']);
  });
});
