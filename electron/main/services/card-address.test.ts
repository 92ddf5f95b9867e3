import { describe, expect, it } from 'vitest';
import { parseCccdQr } from '../../../shared/domain/cccd-qr';
import { resolveAddress } from './reference';

/** The card's nơi thường trú, as the intake form resolves it: pre-2025 units go through the old→new map. */
function resolvedFromCard(payload: string) {
  const parsed = parseCccdQr(payload);
  if (!parsed.ok) throw new Error(parsed.message);
  return resolveAddress(parsed.card.address).map((c) => [c.matchedAs, c.provinceCode, c.communeCode]);
}

describe('a scanned card address becomes current province and commune', () => {
  it.each<[string, string, [string | null, string, string | null][]]>([
    [
      'old card, pre-2025 units (Hậu Giang → Cần Thơ)',
      '093185001234|363456789|Nguyễn Thị Hồng Nhung|07031985|Nữ|Ấp 3, Xã Phú Hữu, Huyện Châu Thành, Tỉnh Hậu Giang|10082021',
      [['old', '92', '31378']],
    ],
    [
      'old card from an ASCII-only scanner',
      '093185001234|363456789|Nguyen Thi Hong Nhung|07031985|Nu|Ap 3, Xa Phu Huu, Huyen Chau Thanh, Tinh Hau Giang|10082021',
      [['old', '92', '31378']],
    ],
    [
      'new card, current units',
      '079090004321|Trần Văn Đức|15111990|Nam|123 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh|01072025',
      [['new', '79', '26743']],
    ],
  ])('%s', (_name, payload, expected) => {
    expect(resolvedFromCard(payload)).toEqual(expected);
  });
});
