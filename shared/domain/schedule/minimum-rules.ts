/**
 * Legal minimum frequency of the heads' periodic reception, as dated data (DOMAIN §5). Seeded into the
 * `reception_minimums` table, which offices may extend when the law changes again.
 */
export const LEADER_ROLES = ['chu_tich_ubnd_xa', 'chu_tich_ubnd_tinh', 'bi_thu_xa', 'khac'] as const;
export type LeaderRole = (typeof LEADER_ROLES)[number];

export const LEADER_ROLE_LABELS: Record<LeaderRole, string> = {
  chu_tich_ubnd_xa: 'Chủ tịch UBND cấp xã',
  chu_tich_ubnd_tinh: 'Chủ tịch UBND cấp tỉnh',
  bi_thu_xa: 'Bí thư Đảng ủy cấp xã',
  khac: 'Lãnh đạo khác',
};

export type MinimumPer = 'week' | 'month';

export interface MinimumRule {
  leaderRole: LeaderRole;
  per: MinimumPer;
  minDays: number;
  effectiveFrom: string;
  /** Last day the rule applies; null while in force. */
  effectiveTo: string | null;
  basis: string;
}

export const MINIMUM_RULE_SEEDS: MinimumRule[] = [
  {
    leaderRole: 'chu_tich_ubnd_xa',
    per: 'week',
    minDays: 1,
    effectiveFrom: '2014-07-01',
    effectiveTo: '2026-06-30',
    basis: 'Luật Tiếp công dân 2013, Điều 15',
  },
  {
    leaderRole: 'chu_tich_ubnd_xa',
    per: 'month',
    minDays: 2,
    effectiveFrom: '2026-07-01',
    effectiveTo: null,
    basis: 'Luật 136/2025/QH15 sửa đổi Luật Tiếp công dân',
  },
  {
    leaderRole: 'chu_tich_ubnd_tinh',
    per: 'month',
    minDays: 1,
    effectiveFrom: '2014-07-01',
    effectiveTo: null,
    basis: 'Luật Tiếp công dân, Điều 12',
  },
  {
    leaderRole: 'bi_thu_xa',
    per: 'month',
    minDays: 2,
    effectiveFrom: '2019-01-01',
    effectiveTo: null,
    basis: 'Quy định 11-QĐi/TW',
  },
];
