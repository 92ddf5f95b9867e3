import { describe, expect, it } from 'vitest';
import { searchCommunes } from './index';

const codes = (query: string, options?: Parameters<typeof searchCommunes>[1]) =>
  searchCommunes(query, options).map((c) => c.code);

describe('searchCommunes', () => {
  it('finds the Phú Hữu communes without diacritics, the exact names first', () => {
    expect(searchCommunes('phu huu', { limit: 3 })).toEqual([
      { code: '30352', name: 'Xã Phú Hữu', provinceCode: '91' },
      { code: '31378', name: 'Xã Phú Hữu', provinceCode: '92' },
      { code: '30244', name: 'Xã Phú Hựu', provinceCode: '82' },
    ]);
  });

  it.each(['Phú Hữu', 'xã Phú Hữu', 'XÃ PHÚ HỮU', 'x. phu huu', 'Phú Hữu'.normalize('NFD'), '  phu   huu '])(
    'treats %j like "phu huu"',
    (query) => {
      expect(codes(query).slice(0, 3)).toEqual(['30352', '31378', '30244']);
    },
  );

  it('limits to one province', () => {
    expect(codes('phu huu', { provinceCode: '92' })).toEqual(['31378']);
    expect(codes('phu huu', { provinceCode: '99' })).toEqual([]);
  });

  it('folds đ to d and accepts "đặc khu" and "phường" as optional words', () => {
    expect(codes('ba dinh')).toEqual(['21499', '00004', '16171']);
    expect(codes('con dao')).toEqual(['26732']);
    expect(codes('Đặc khu Côn Đảo')).toEqual(['26732']);
    expect(codes('phường Bến Thành')).toEqual(['26743']);
  });

  it('matches the start of a later word, and names written with a dash', () => {
    expect(codes('quoc tu giam')).toEqual(['00226']);
    expect(codes('Văn Miếu Quốc Tử Giám')).toEqual(['00226']);
  });

  it('ranks a name that starts with the query before one that merely contains it', () => {
    const names = searchCommunes('an binh', { limit: 50 }).map((c) => c.name);
    const firstContaining = names.findIndex((n) => !n.replace(/^(Xã|Phường) /, '').startsWith('An Bình'));
    expect(names.slice(0, firstContaining).every((n) => /^(Xã|Phường) An Bình/.test(n))).toBe(true);
    expect(firstContaining).toBeGreaterThan(0);
  });

  it('honours the limit and defaults to 20', () => {
    expect(searchCommunes('tan', { limit: 5 })).toHaveLength(5);
    expect(searchCommunes('tan')).toHaveLength(20);
  });

  it('returns nothing for an empty or unknown query', () => {
    expect(searchCommunes('')).toEqual([]);
    expect(searchCommunes('   ')).toEqual([]);
    expect(searchCommunes('zzzz qqq')).toEqual([]);
    expect(searchCommunes('phu huu', { limit: 0 })).toEqual([]);
  });
});
