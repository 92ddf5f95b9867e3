import { describe, expect, it } from 'vitest';
import { callClips, callPhrases, callSentence, CLIP_OF_WORD, numberWords } from './voice-call';

describe('numberWords', () => {
  it.each([
    [1, 'một'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [99, 'chín mươi chín'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [999, 'chín trăm chín mươi chín'],
  ])('%i → %s', (value, words) => {
    expect(numberWords(value).join(' ')).toBe(words);
  });

  it('refuses numbers it cannot say', () => {
    expect(() => numberWords(1000)).toThrow('Số gọi phải từ 0 đến 999, nhận được 1000.');
    expect(() => numberWords(2.5)).toThrow(RangeError);
  });
});

describe('call sentence', () => {
  it('builds text and phrases for a desk and for the head’s room', () => {
    expect(callSentence(12, { desk: 2 })).toBe('Mời công dân số 12 đến bàn số 2');
    expect(callPhrases(12, { desk: 2 })).toEqual(['mời công dân số', 'mười', 'hai', 'đến bàn số', 'hai']);
    expect(callClips(12, { desk: 2 })).toEqual(['moi-cong-dan-so', 'muoi', 'hai', 'den-ban-so', 'hai']);
    expect(callClips(3, { desk: null })).toEqual(['moi-cong-dan-so', 'ba', 'den-phong-thu-truong']);
  });

  it('has a clip for every word of every number 1–999 and desk 1–20', () => {
    const used = new Set<string>();
    for (let number = 1; number <= 999; number += 1) {
      for (let desk = 1; desk <= 20; desk += 1)
        for (const clip of callClips(number, { desk })) used.add(clip);
    }
    expect([...used].sort()).toEqual(
      Object.entries(CLIP_OF_WORD)
        .filter(([word]) => word !== 'không' && word !== 'đến phòng tiếp của thủ trưởng')
        .map(([, clip]) => clip)
        .sort(),
    );
  });
});
