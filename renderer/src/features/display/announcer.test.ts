import { describe, expect, it, vi } from 'vitest';
import { announce, type AudioBackend, type CallEvent } from './announcer';

const CALL: CallEvent = {
  code: 'A012',
  number: 12,
  deskNumber: 2,
  deskLabel: 'Bàn số 2',
  isHeadRoom: false,
  sentence: 'Mời công dân số 12 đến bàn số 2',
  clips: ['moi-cong-dan-so', 'muoi', 'hai', 'den-ban-so', 'hai'],
  calledAt: '2026-11-27T09:00:00+07:00',
};

function backend(overrides: Partial<AudioBackend> = {}) {
  const played: string[] = [];
  const audio: AudioBackend = {
    findVietnameseVoice: () => null,
    speak: vi.fn(() => Promise.resolve()),
    play: (clip) => {
      played.push(clip);
      return Promise.resolve();
    },
    ...overrides,
  };
  return { audio, played };
}

describe('announce', () => {
  it('plays the chime then the clips in order when there is no Vietnamese voice', async () => {
    const { audio, played } = backend();
    expect(await announce(CALL, { isEnabled: true, volume: 0.8 }, audio)).toBe('clips');
    expect(played).toEqual(['chime', 'moi-cong-dan-so', 'muoi', 'hai', 'den-ban-so', 'hai']);
  });

  it('uses a Vietnamese system voice when there is one', async () => {
    const speak = vi.fn(() => Promise.resolve());
    const { audio, played } = backend({
      findVietnameseVoice: () => ({ lang: 'vi-VN' }) as SpeechSynthesisVoice,
      speak,
    });
    expect(await announce(CALL, { isEnabled: true, volume: 1 }, audio)).toBe('voice');
    expect(played).toEqual(['chime']);
    expect(speak).toHaveBeenCalledWith('Mời công dân số 12 đến bàn số 2', { lang: 'vi-VN' }, 1);
  });

  it('stays silent when switched off', async () => {
    const { audio, played } = backend();
    expect(await announce(CALL, { isEnabled: false, volume: 1 }, audio)).toBe('off');
    expect(played).toEqual([]);
  });

  it('never rejects when the audio fails', async () => {
    const { audio } = backend({ play: () => Promise.reject(new Error('autoplay blocked')) });
    await expect(announce(CALL, { isEnabled: true, volume: 1 }, audio)).resolves.toBe('failed');
  });
});
