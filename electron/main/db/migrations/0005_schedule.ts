import { sql, type Kysely } from 'kysely';
import { HOLIDAY_YEARS, holidaysOfYear } from '../../../../shared/domain/schedule/holidays';
import { MINIMUM_RULE_SEEDS } from '../../../../shared/domain/schedule/minimum-rules';

/**
 * The heads' reception schedule (recurring rules, published or moved sittings, holidays and the dated
 * legal minimums as data), sessions that open and close with conclusions and follow-ups, and dialogue
 * conferences with citizens.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await createScheduleTables(db);
  await extendSessions(db);
  await createDialogues(db);
}

async function createScheduleTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('holidays')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('le', 'tet', 'nghi_bu', 'khac')`))
    .execute();
  const seeds = HOLIDAY_YEARS.flatMap(holidaysOfYear);
  await db.insertInto('holidays').values(seeds).execute();

  await db.schema
    .createTable('reception_minimums')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('leader_role', 'text', (c) => c.notNull())
    .addColumn('per', 'text', (c) => c.notNull().check(sql`per in ('week', 'month')`))
    .addColumn('min_days', 'integer', (c) => c.notNull().check(sql`min_days >= 1`))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    .addColumn('basis', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('reception_minimums')
    .values(
      MINIMUM_RULE_SEEDS.map((rule) => ({
        leader_role: rule.leaderRole,
        per: rule.per,
        min_days: rule.minDays,
        effective_from: rule.effectiveFrom,
        effective_to: rule.effectiveTo,
        basis: rule.basis,
      })),
    )
    .execute();

  await db.schema
    .createTable('schedule_rules')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('leader_name', 'text', (c) => c.notNull())
    .addColumn('leader_role', 'text', (c) => c.notNull())
    .addColumn('delegate_name', 'text')
    .addColumn('frequency', 'text', (c) => c.notNull().check(sql`frequency in ('weekly', 'monthly')`))
    .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 1 and 7`))
    .addColumn('month_weeks', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A sitting as published (it then counts as an announced day) or moved/cancelled by hand.
  await db.schema
    .createTable('schedule_days')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('rule_id', 'integer', (c) => c.notNull().references('schedule_rules.id'))
    .addColumn('planned_day', 'text', (c) => c.notNull())
    .addColumn('day', 'text')
    .addColumn('move_reason', 'text')
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('schedule_days_rule_planned', ['rule_id', 'planned_day'])
    .execute();
  await sql`create index schedule_days_day on schedule_days (day)`.execute(db);
}

async function extendSessions(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('reception_sessions')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'closed')`),
    )
    .execute();
  await db.schema.alterTable('reception_sessions').addColumn('opened_at', 'text').execute();
  await db.schema.alterTable('reception_sessions').addColumn('closed_at', 'text').execute();
  await db.schema
    .alterTable('reception_sessions')
    .addColumn('schedule_day_id', 'integer', (c) => c.references('schedule_days.id'))
    .execute();
  await db.schema.alterTable('reception_sessions').addColumn('conclusions', 'text').execute();
  // Sessions recorded before this version were entered after the fact: they are history, not open sittings.
  await sql`update reception_sessions set opened_at = created_at,
    status = case when held_on < date('now', '+7 hours') then 'closed' else 'open' end,
    closed_at = case when held_on < date('now', '+7 hours') then updated_at else null end`.execute(db);

  await db.schema
    .createTable('session_follow_ups')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('session_id', 'integer', (c) => c.notNull().references('reception_sessions.id'))
    .addColumn('case_id', 'integer', (c) => c.references('cases.id'))
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('assignee', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create index follow_ups_case on session_follow_ups (case_id)`.execute(db);
  await sql`create index follow_ups_session on session_follow_ups (session_id)`.execute(db);
}

async function createDialogues(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('dialogues')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('presided_by', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('xa', 'tinh', 'so_nganh', 'khac')`))
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('attendees', 'integer', (c) => c.notNull().check(sql`attendees >= 0`))
    .addColumn('opinions', 'integer', (c) => c.notNull().check(sql`opinions >= 0`))
    .addColumn('answered', 'integer', (c) => c.notNull().check(sql`answered >= 0 and answered <= opinions`))
    .addColumn('accepted_for_follow_up', 'integer', (c) =>
      c.notNull().check(sql`accepted_for_follow_up >= 0 and accepted_for_follow_up <= opinions`),
    )
    .addColumn('note', 'text')
    .addColumn('import_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create index dialogues_held_on on dialogues (held_on)`.execute(db);
  await db.schema
    .createTable('dialogue_cases')
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addPrimaryKeyConstraint('dialogue_cases_pk', ['dialogue_id', 'case_id'])
    .execute();
}
