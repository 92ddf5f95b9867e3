import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTallyResult } from '../../../../test/fixtures/tally-fixture';
import { isFatSafeName, resultFileStem, safeNamePart } from './file-names';

const work = mkdtempSync(join(tmpdir(), 'tiepdan-fat-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const hasMtools =
  spawnSync('mcopy', ['-V']).status === 0 && spawnSync('mkfs.vfat', ['--help']).error === undefined;

/** Copies a file under `name` into a fresh FAT32 image with mtools; the name FAT stored, or null. */
function storedByFat(name: string): string | null {
  const image = join(work, `fat-${Math.random().toString(36).slice(2)}.img`);
  execFileSync('mkfs.vfat', ['-F', '32', '-C', image, '34000'], { stdio: 'pipe' });
  const source = join(work, 'source.txt');
  writeFileSync(source, 'x');
  const copy = spawnSync('mcopy', ['-n', '-D', 'o', '-i', image, source, `::${name}`], { input: '' });
  const listing = execFileSync('mdir', ['-b', '-i', image, '::/'], { encoding: 'utf8' });
  rmSync(image);
  if (copy.status !== 0) return null;
  return listing.trim().split('\n')[0]?.replace(/^::\//, '') ?? null;
}

const NASTY = [
  'Biểu 01/TCD: 6 tháng',
  'Đơn vị "Đông Hòa" <xã>',
  'a*b?c|d\\e',
  'CON',
  'lpt1.zip',
  '2024-01-01..2024-03-31',
  '  ..trailing dots.. ',
  'Ủy ban nhân dân xã Đông Hòa',
  '',
];

describe('FAT32/exFAT-safe file names', () => {
  it.each([
    ['UBNDXA01-2024-H1-tt06-2025.zip', true],
    ['a:b.zip', false],
    ['a*b', false],
    ['a?b', false],
    ['a"b', false],
    ['a<b>', false],
    ['a|b', false],
    ['a\\b', false],
    ['a/b', false],
    ['CON', false],
    ['nul.txt', false],
    ['com1', false],
    ['trailing.', false],
    ['trailing ', false],
    ['Biểu.csv', false],
    ['tab\there', false],
    ['a'.repeat(256), false],
  ])('%s → %s', (name, safe) => {
    expect(isFatSafeName(name)).toBe(safe);
  });

  it('names built from Vietnamese labels, periods and codes are ASCII and pass the rules', () => {
    expect(NASTY.map(safeNamePart)).toEqual([
      'Bieu-01-TCD-6-thang',
      'Don-vi-Dong-Hoa-xa',
      'a-b-c-d-e',
      '_CON',
      '_lpt1.zip',
      '2024-01-01_2024-03-31',
      '_trailing-dots_',
      'Uy-ban-nhan-dan-xa-Dong-Hoa',
      'tep',
    ]);
    for (const name of NASTY.map(safeNamePart)) expect(isFatSafeName(name)).toBe(true);
    expect(
      resultFileStem(
        makeTallyResult({
          period: { spec: '2024-01-01..2024-03-31', from: '2024-01-01', to: '2024-03-31', label: '' },
        }),
      ),
    ).toBe('UBNDXA01-2024-01-01_2024-03-31-tt06-2025');
  });

  it.skipIf(!hasMtools)(
    'FAT itself (mtools on a FAT32 image) refuses or alters exactly the names the rules refuse',
    { timeout: 60_000 },
    () => {
      const ascii = [
        'UBNDXA01-2024-H1-tt06-2025.zip',
        'a:b.zip',
        'a*b',
        'a?b',
        'a"b',
        'a<b',
        'a|b',
        'a\\b',
        'CON',
        'trailing.',
      ];
      for (const name of ascii) expect(storedByFat(name) === name, name).toBe(isFatSafeName(name));
      for (const name of NASTY.map(safeNamePart).map((stem) => `${stem}.zip`))
        expect(storedByFat(name)).toBe(name);
    },
  );
});
