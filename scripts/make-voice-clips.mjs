// Regenerates the waiting-room voice clips in resources/audio with Debian's espeak-ng Vietnamese voice
// and sox (apt-get install espeak-ng sox). The clips are committed; the app never needs these tools.
// One clip per word or phrase of shared/domain/voice-call.ts, plus a two-tone chime.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'resources', 'audio');
mkdirSync(out, { recursive: true });

const PHRASES = {
  khong: 'không',
  mot: 'một',
  'mot-sac': 'mốt',
  hai: 'hai',
  ba: 'ba',
  bon: 'bốn',
  tu: 'tư',
  nam: 'năm',
  lam: 'lăm',
  sau: 'sáu',
  bay: 'bảy',
  tam: 'tám',
  chin: 'chín',
  muoi: 'mười',
  'muoi-ngang': 'mươi',
  tram: 'trăm',
  linh: 'linh',
  'moi-cong-dan-so': 'Mời công dân số',
  'den-ban-so': 'đến bàn số',
  'den-phong-thu-truong': 'đến phòng tiếp của thủ trưởng',
};

for (const [name, text] of Object.entries(PHRASES)) {
  const raw = join(out, `${name}.raw.wav`);
  execFileSync('espeak-ng', ['-v', 'vi', '-s', '140', '-w', raw, text]);
  // Trim the silence espeak adds around each word so joined clips sound like one sentence; 16 kHz mono.
  execFileSync('sox', [
    raw,
    '-r',
    '16000',
    '-c',
    '1',
    '-b',
    '16',
    join(out, `${name}.wav`),
    'silence',
    '1',
    '0.02',
    '0.5%',
    'reverse',
    'silence',
    '1',
    '0.02',
    '0.5%',
    'reverse',
    'pad',
    '0',
    '0.06',
  ]);
  rmSync(raw);
}
execFileSync('sox', [
  '-n',
  '-r',
  '16000',
  '-c',
  '1',
  '-b',
  '16',
  join(out, 'chime.wav'),
  'synth',
  '0.35',
  'sine',
  '880',
  'synth',
  '0.35',
  'sine',
  'mix',
  '660',
  'fade',
  '0.02',
  '0.7',
  '0.3',
  'vol',
  '0.5',
]);
console.log(`Đã tạo ${Object.keys(PHRASES).length + 1} tệp âm thanh trong resources/audio`);
