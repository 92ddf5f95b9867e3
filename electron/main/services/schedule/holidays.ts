import type { Kysely } from 'kysely';
import { AppError } from '../../../../shared/contract/envelope';
import type { HolidayView } from '../../../../shared/contract/schedule';
import { toLocalIso } from '../../../../shared/domain/local-time';
import type { DB } from '../../db/schema';
import { appendAudit } from '../audit';
import type { ServiceContext } from '../context';

/** Holidays in a date range (both ends included), by day. */
export async function holidaysBetween(db: Kysely<DB>, from: string, to: string): Promise<HolidayView[]> {
  return db
    .selectFrom('holidays')
    .select(['day', 'name', 'kind'])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .execute();
}

export function listHolidays(db: Kysely<DB>, year: number): Promise<HolidayView[]> {
  return holidaysBetween(db, `${year}-01-01`, `${year}-12-31`);
}

/** Adds a day off or renames one (Government decisions fix each year's Tết days and swaps); audited. */
export async function saveHoliday(ctx: ServiceContext, input: HolidayView): Promise<HolidayView> {
  const now = toLocalIso(ctx.clock());
  return ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('holidays')
      .selectAll()
      .where('day', '=', input.day)
      .executeTakeFirst();
    await trx
      .insertInto('holidays')
      .values(input)
      .onConflict((oc) => oc.column('day').doUpdateSet({ name: input.name, kind: input.kind }))
      .execute();
    await appendAudit(trx, ctx.actor, now, {
      action: before === undefined ? 'holiday.create' : 'holiday.update',
      entity: 'holiday',
      entityId: input.day,
      detail: before === undefined ? input : { old: before, new: input },
    });
    return input;
  });
}

export async function removeHoliday(ctx: ServiceContext, day: string): Promise<void> {
  const now = toLocalIso(ctx.clock());
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('holidays').selectAll().where('day', '=', day).executeTakeFirst();
    if (before === undefined) throw new AppError('NOT_FOUND', 'Ngày này không có trong danh sách ngày nghỉ.');
    await trx.deleteFrom('holidays').where('day', '=', day).execute();
    await appendAudit(trx, ctx.actor, now, {
      action: 'holiday.delete',
      entity: 'holiday',
      entityId: day,
      detail: before,
    });
  });
}
