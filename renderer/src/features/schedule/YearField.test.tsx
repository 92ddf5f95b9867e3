// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { YearField } from './YearField';

describe('YearField', () => {
  it('shows the year under "Năm" within 2000–2100 and hands back the new one as a number', () => {
    const onChange = vi.fn();
    render(<YearField year={2026} onChange={onChange} />);
    const input = screen.getByLabelText('Năm');
    expect([input.getAttribute('value'), input.getAttribute('min'), input.getAttribute('max')]).toEqual([
      '2026',
      '2000',
      '2100',
    ]);
    fireEvent.change(input, { target: { value: '2025' } });
    expect(onChange.mock.calls).toEqual([[2025]]);
  });
});
