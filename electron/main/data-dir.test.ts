import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './data-dir';

describe('resolveDataDir', () => {
  it.each([
    [{ TIEPDAN_DATA_DIR: '/srv/tiepdan' }, 'linux', '/srv/tiepdan'],
    [{}, 'linux', '/home/cb/.config/TiepDan'],
    [{ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/cfg/TiepDan'],
    [{ APPDATA: 'C:/Users/cb/AppData/Roaming' }, 'win32', 'C:/Users/cb/AppData/Roaming/TiepDan'],
    [{}, 'darwin', '/home/cb/Library/Application Support/TiepDan'],
    [{ TIEPDAN_DATA_DIR: '  ' }, 'linux', '/home/cb/.config/TiepDan'],
  ] as const)('%o on %s → %s', (env, platform, expected) => {
    expect(resolveDataDir(env, platform, '/home/cb').replaceAll('\\', '/')).toBe(expected);
  });
});
