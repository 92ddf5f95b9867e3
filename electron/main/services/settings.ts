import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';

/** Settings with their defaults; stored as JSON text in `settings`. */
export const SETTING_DEFAULTS = {
  /** Biểu 01/TCD: đoàn đông người = 5 people or more (TT 06/2025); a setting in case the form changes. */
  group_threshold: 5,
  office_name: '',
  /** ASCII unit code that tells this office's data packages apart upstream (e.g. UBNDXA01). */
  office_code: '',
  /** Minutes without activity before the screen locks (DESIGN: default 10). */
  idle_lock_minutes: 10,
  /** Printed documents (NĐ 30/2020 header and signers); see shared/contract/print.ts. */
  print_upstream_body: '',
  print_office_address: '',
  print_place_name: '',
  print_contact: '',
  print_reference_suffix: 'TCD',
  print_head_title: 'THỦ TRƯỞNG CƠ QUAN',
  print_head_name: '',
  print_officer_title: 'Cán bộ tiếp công dân',
  /** "Lập thành … bản": 2 for complaints and others, 3 for denunciations (citizen, file, officer). */
  receipt_copies: 2,
  receipt_copies_to_cao: 3,
  /** Thermal ticket width in mm (58 or 80); 1 = tickets print without a dialog. */
  ticket_width: 80,
  ticket_print_silent: 0,
  /** Printer last chosen per document kind ('' = ask). */
  printer_ticket: '',
  printer_receipt: '',
  printer_appointment: '',
  printer_refusal: '',
  printer_forward: '',
  printer_guidance: '',
  printer_visit: '',
  printer_register: '',
  printer_schedule: '',
  printer_petitionaccept: '',
  printer_petitionguide: '',
  printer_petitionforward: '',
  /** How many automatic and manual backups `backups/` keeps; older ones are deleted. */
  backup_keep: 14,
  /** A second folder (removable drive) that receives a copy of each backup; blank: none. */
  backup_copy_dir: '',
  /** First day of a reporting week, 0 = Chủ nhật … 6 = Thứ Bảy; 5 = Friday (weekly bulletins run Fri → Thu). */
  week_start_day: 5,
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
