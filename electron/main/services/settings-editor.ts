import type { Kysely } from 'kysely';
import type { SettingView } from '../../../shared/contract/settings';
import { AppError } from '../../../shared/contract/envelope';
import { toLocalIso } from '../../../shared/domain/local-time';
import type { DB } from '../db/schema';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { SETTING_CATALOG, type SettingDescription } from './settings-catalog';
import { getSetting, SETTING_DEFAULTS, type SettingKey } from './settings';

/** Data packages carry the unit code upstream in file names and JSON: ASCII only. */
const OFFICE_CODE = /^[A-Za-z0-9._-]{0,40}$/;

function isEditable(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(SETTING_CATALOG, key);
}

async function view(db: Kysely<DB>, key: SettingKey, description: SettingDescription): Promise<SettingView> {
  const isNumber = typeof SETTING_DEFAULTS[key] === 'number';
  return {
    key,
    label: description.label,
    group: description.group,
    kind: isNumber ? 'number' : 'text',
    value: await getSetting(db, key),
    min: description.min ?? null,
    max: description.max ?? null,
  };
}

export async function listSettings(db: Kysely<DB>): Promise<SettingView[]> {
  const entries = Object.entries(SETTING_CATALOG) as [SettingKey, SettingDescription][];
  return Promise.all(entries.map(([key, description]) => view(db, key, description)));
}

function checkValue(
  key: SettingKey,
  description: SettingDescription,
  value: string | number,
): string | number {
  const isNumber = typeof SETTING_DEFAULTS[key] === 'number';
  const fail = (message: string) => {
    throw new AppError('INVALID_INPUT', message, [{ path: 'value', message }]);
  };
  if (!isNumber) {
    if (typeof value !== 'string') return fail(`"${description.label}" phải là chữ.`);
    const text = value.normalize('NFC').trim();
    if (key === 'office_code' && !OFFICE_CODE.test(text))
      return fail('Mã đơn vị chỉ gồm chữ không dấu, chữ số và - _ . (tối đa 40 ký tự), ví dụ UBNDXA01.');
    return text;
  }
  if (typeof value !== 'number' || !Number.isInteger(value))
    return fail(`"${description.label}" phải là số nguyên.`);
  if (key === 'ticket_width' && value !== 58 && value !== 80)
    return fail('Khổ giấy in số thứ tự chỉ là 58 hoặc 80 mm.');
  if (
    (description.min !== undefined && value < description.min) ||
    (description.max !== undefined && value > description.max)
  ) {
    return fail(`"${description.label}" phải từ ${description.min} đến ${description.max}.`);
  }
  return value;
}

/** Changes one setting after checking it; the change (old → new) goes to the audit log. */
export async function updateSetting(
  ctx: ServiceContext,
  key: string,
  value: string | number,
): Promise<SettingView> {
  if (!isEditable(key)) throw new AppError('NOT_FOUND', `Không có thiết lập "${key.slice(0, 60)}".`);
  const description = SETTING_CATALOG[key]!;
  const checked = checkValue(key, description, value);
  const now = toLocalIso(ctx.clock());
  await ctx.db.transaction().execute(async (trx) => {
    const old = await getSetting(trx, key);
    await trx
      .insertInto('settings')
      .values({ key, value: JSON.stringify(checked), updated_at: now, updated_by: ctx.actor.userId })
      .onConflict((oc) =>
        oc
          .column('key')
          .doUpdateSet({ value: JSON.stringify(checked), updated_at: now, updated_by: ctx.actor.userId }),
      )
      .execute();
    await appendAudit(trx, ctx.actor, now, {
      action: 'settings.update',
      entity: 'setting',
      entityId: key,
      detail: { old, new: checked },
    });
  });
  return view(ctx.db, key, description);
}
