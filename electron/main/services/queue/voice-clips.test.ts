import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIP_OF_WORD } from '../../../../shared/domain/voice-call';

const AUDIO = join(import.meta.dirname, '../../../../resources/audio');

describe('voice clips shipped in resources/audio', () => {
  it.each([...Object.values(CLIP_OF_WORD), 'chime'])('%s.wav exists and is a 16 kHz mono WAV', (clip) => {
    const file = join(AUDIO, `${clip}.wav`);
    expect(existsSync(file)).toBe(true);
    const header = readFileSync(file).subarray(0, 44);
    expect(header.toString('ascii', 0, 4)).toBe('RIFF');
    expect(header.toString('ascii', 8, 12)).toBe('WAVE');
    expect(header.readUInt16LE(22)).toBe(1);
    expect(header.readUInt32LE(24)).toBe(16000);
  });
});
