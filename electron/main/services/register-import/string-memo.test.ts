import { describe, expect, it } from 'vitest';
import { StringMemo } from './string-memo';

describe('StringMemo', () => {
  it('computes once per argument, null results included, and starts over when full', () => {
    const calls: string[] = [];
    const memo = new StringMemo((text: string) => {
      calls.push(text);
      return text === 'x' ? null : text.toUpperCase();
    }, 2);
    expect([memo.get('a'), memo.get('x'), memo.get('a'), memo.get('x')]).toEqual(['A', null, 'A', null]);
    expect(calls).toEqual(['a', 'x']);
    expect(memo.get('b')).toBe('B');
    expect(memo.get('a')).toBe('A');
    expect(calls).toEqual(['a', 'x', 'b', 'a']);
  });
});
