import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';

/** Settings with their defaults; stored as JSON text in `settings`. */
export const SETTING_DEFAULTS = {
  /** Biểu 01/TCD: đoàn đông người = 5 people or more (TT 06/2025); a setting in case the form changes. */
  group_threshold: 5,
  office_name: '',
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
type SettingValue<K extends SettingKey> = (typeof SETTING_DEFAULTS)[K] extends number ? number : string;

export async function getSetting<K extends SettingKey>(
  db: Kysely<DB> | Transaction<DB>,
  key: K,
): Promise<SettingValue<K>> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  if (!row) return SETTING_DEFAULTS[key] as SettingValue<K>;
  try {
    const value = JSON.parse(row.value) as unknown;
    return (typeof value === typeof SETTING_DEFAULTS[key] ? value : SETTING_DEFAULTS[key]) as SettingValue<K>;
  } catch {
    return SETTING_DEFAULTS[key] as SettingValue<K>;
  }
}
