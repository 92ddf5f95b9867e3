import type { EventPayload } from '../../../../shared/contract/events';

export type CallEvent = EventPayload<'queue:called'>;

export interface VoiceSettings {
  isEnabled: boolean;
  /** 0–1. */
  volume: number;
}

export interface AudioBackend {
  /** A Vietnamese system voice, when the platform has one. */
  findVietnameseVoice(): SpeechSynthesisVoice | null;
  speak(text: string, voice: SpeechSynthesisVoice, volume: number): Promise<void>;
  /** Plays one clip from /audio/<name>.wav to its end. */
  play(clip: string, volume: number): Promise<void>;
}

/**
 * Announces a call: a chime, then the sentence with a Vietnamese system voice if there is one, else the
 * recorded clips joined. It never rejects: a broken speaker or a blocked autoplay must not stop the queue.
 */
export async function announce(
  call: CallEvent,
  settings: VoiceSettings,
  audio: AudioBackend,
): Promise<'voice' | 'clips' | 'off' | 'failed'> {
  if (!settings.isEnabled) return 'off';
  try {
    await audio.play('chime', settings.volume);
    const voice = audio.findVietnameseVoice();
    if (voice) {
      await audio.speak(call.sentence, voice, settings.volume);
      return 'voice';
    }
    for (const clip of call.clips) await audio.play(clip, settings.volume);
    return 'clips';
  } catch {
    return 'failed';
  }
}

/** The browser's own audio: speechSynthesis and <audio> elements. */
export function browserAudio(): AudioBackend {
  return {
    findVietnameseVoice() {
      if (typeof speechSynthesis === 'undefined') return null;
      return speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().startsWith('vi')) ?? null;
    },
    speak(text, voice, volume) {
      return new Promise((resolve, reject) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.volume = volume;
        utterance.onend = () => resolve();
        utterance.onerror = () => reject(new Error('speech failed'));
        speechSynthesis.speak(utterance);
      });
    },
    play(clip, volume) {
      return new Promise((resolve, reject) => {
        const element = new Audio(`/audio/${clip}.wav`);
        element.volume = volume;
        element.onended = () => resolve();
        element.onerror = () => reject(new Error(`clip ${clip} failed`));
        element.play().catch(reject);
      });
    },
  };
}
