// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OutlineReportBox } from './OutlineReportBox';

describe('OutlineReportBox', () => {
  it('shows the written report and copies it whole', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.assign(navigator, { clipboard: { writeText } });
    render(<OutlineReportBox text={'BÁO CÁO\nTổng số 1.786 lượt tiếp'} fileStem="UBNDXA01-2024-H1" />);
    expect(screen.getByRole('textbox', { name: 'Nội dung báo cáo bằng văn bản' })).toHaveProperty(
      'value',
      'BÁO CÁO\nTổng số 1.786 lượt tiếp',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sao chép báo cáo' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', ' Đã sao chép.');
    expect(writeText).toHaveBeenCalledWith('BÁO CÁO\nTổng số 1.786 lượt tiếp');
  });

  it('saves a UTF-8 .txt named after the unit and period', () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:bao-cao';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    render(<OutlineReportBox text="BÁO CÁO" fileStem="UBNDXA01-2024-H1" />);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thành tệp .txt' }));
    expect(clicked).toEqual(['UBNDXA01-2024-H1-bao-cao-van-ban.txt']);
    expect(created[0]!.type).toBe('text/plain;charset=utf-8');
  });
});
