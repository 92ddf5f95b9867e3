import { RuleInput } from '../../../../shared/contract/schedule';

/** A weekly Friday rule of the commune chairman, parsed through the contract like main does. */
export function ruleInput(overrides: Record<string, unknown> = {}): RuleInput {
  return RuleInput.parse({
    leaderName: 'Trần Văn Bình',
    leaderRole: 'chu_tich_ubnd_xa',
    frequency: 'weekly',
    weekday: 5,
    startTime: '08:00',
    endTime: '11:00',
    place: 'Phòng tiếp công dân UBND xã',
    validFrom: '2026-11-01',
    ...overrides,
  });
}

/** Friday 27/11/2026, 09:30 in Vietnam. */
export const TODAY_INSTANT = '2026-11-27T02:30:00Z';
