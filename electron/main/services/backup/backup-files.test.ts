import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dailyBackupName, freeName, isBackupName, localStamp, readBackupFolder } from './backup-files';

describe('backup file names', () => {
  it('use the local date and time in Vietnam, without colons', () => {
    const evening = new Date('2026-11-27T16:05:09Z');
    expect(localStamp(evening)).toBe('2026-11-27-230509');
    expect(dailyBackupName('2026-11-28')).toBe('tiepdan-2026-11-28.db');
  });

  it('take the next free suffix when a name is taken', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tiepdan-names-'));
    const now = new Date('2026-11-27T02:30:00Z');
    expect(freeName(folder, 'tiepdan', now)).toBe('tiepdan-2026-11-27-093000.db');
    writeFileSync(join(folder, 'tiepdan-2026-11-27-093000.db'), '');
    writeFileSync(join(folder, 'tiepdan-2026-11-27-093000-2.db'), '');
    expect(freeName(folder, 'tiepdan', now)).toBe('tiepdan-2026-11-27-093000-3.db');
    expect(freeName(folder, 'truoc-khoi-phuc', now)).toBe('truoc-khoi-phuc-2026-11-27-093000.db');
  });

  it.each([
    ['tiepdan-2026-11-27.db', true],
    ['tiepdan-2026-11-27-093000.db', true],
    ['tiepdan-2026-11-27-093000-2.db', true],
    ['truoc-khoi-phuc-2026-11-27-093000.db', true],
    ['tiepdan.db', false],
    ['tiepdan-2026-11-27.db.dang-ghi', false],
    ['../tiepdan-2026-11-27.db', false],
    ['backups/tiepdan-2026-11-27.db', false],
  ])('%s is a backup name: %s', (name, expected) => {
    expect(isBackupName(name)).toBe(expected);
  });
});

describe('readBackupFolder', () => {
  it('lists only backup files, newest date first, with their kind', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tiepdan-folder-'));
    for (const name of [
      'tiepdan-2026-11-25.db',
      'truoc-khoi-phuc-2026-11-26-101500.db',
      'tiepdan-2026-11-27-080000.db',
      'tiepdan-2026-11-27.db.dang-ghi',
      'ghi-chu.txt',
    ]) {
      writeFileSync(join(folder, name), 'x');
    }
    mkdirSync(join(folder, 'tiepdan-2026-11-28.db'));
    expect(readBackupFolder(folder).map((file) => [file.name, file.kind, file.date, file.bytes])).toEqual([
      ['tiepdan-2026-11-27-080000.db', 'manual', '2026-11-27', 1],
      ['truoc-khoi-phuc-2026-11-26-101500.db', 'before_restore', '2026-11-26', 1],
      ['tiepdan-2026-11-25.db', 'daily', '2026-11-25', 1],
    ]);
  });
});
