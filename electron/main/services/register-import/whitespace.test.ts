import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from './whitespace';

describe('collapseWhitespace', () => {
  it.each([
    'Nguyễn Văn An',
    '  Nguyễn\t\tVăn  An ',
    'Dòng 1\r\nDòng 2\n\n',
    'Thôn\u00a01,\u3000xã\u2000Phú Hữu',
    '\ufeffa \u2028b',
    '',
    ' ',
  ])('%j collapses like replace(/\\s+/g, " ")', (text) => {
    expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
  });
});
