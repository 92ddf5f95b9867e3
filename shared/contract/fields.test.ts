import { describe, expect, it } from 'vitest';
import './zod-locale';
import { nullableChoice } from './fields';

describe('nullableChoice', () => {
  const field = nullableChoice(['dat_dai', 'khac'] as const, 'Lĩnh vực');

  it('reads an empty select, null or nothing as null, and keeps a listed value', () => {
    expect(['', null, undefined, 'dat_dai'].map((value) => field.parse(value))).toEqual([
      null,
      null,
      null,
      'dat_dai',
    ]);
  });

  it('refuses a value not listed, naming the field', () => {
    const result = field.safeParse('nha_o');
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      'Hãy chọn lĩnh vực trong danh sách.',
    ]);
  });
});
