import { sql, type Kysely } from 'kysely';

/**
 * The waiting queue: service lines and priority reasons as data, desks, tickets (numbered per day and
 * line) and each ticket's history (called, recalled, transferred…) from which waiting and service times
 * are measured.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('queue_lines')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull().unique())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('needs_open_session', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .insertInto('queue_lines')
    .values([
      { code: 'thuong_xuyen', label: 'Tiếp thường xuyên', prefix: 'A', sort_order: 1, needs_open_session: 0 },
      { code: 'thu_truong', label: 'Thủ trưởng tiếp', prefix: 'B', sort_order: 2, needs_open_session: 1 },
    ])
    .execute();

  await db.schema
    .createTable('priority_reasons')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .insertInto('priority_reasons')
    .values([
      { code: 'nguoi_cao_tuoi', label: 'Người cao tuổi', sort_order: 1 },
      { code: 'nguoi_khuyet_tat', label: 'Người khuyết tật', sort_order: 2 },
      { code: 'phu_nu_co_thai', label: 'Phụ nữ có thai', sort_order: 3 },
      { code: 'nguoi_co_cong', label: 'Người có công với cách mạng', sort_order: 4 },
    ])
    .execute();

  await db.schema
    .createTable('queue_desks')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('is_head_room', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .insertInto('queue_desks')
    .values([
      { number: 1, label: 'Bàn số 1', is_head_room: 0 },
      { number: 2, label: 'Bàn số 2', is_head_room: 0 },
      { number: 3, label: 'Bàn số 3', is_head_room: 0 },
      { number: 9, label: 'Phòng tiếp của thủ trưởng', is_head_room: 1 },
    ])
    .execute();

  await db.schema
    .createTable('queue_tickets')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('service_day', 'text', (c) => c.notNull())
    .addColumn('line_code', 'text', (c) => c.notNull().references('queue_lines.code'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text')
    .addColumn('id_number', 'text')
    .addColumn('headcount', 'integer', (c) => c.notNull().check(sql`headcount >= 1`))
    .addColumn('priority_reason', 'text', (c) => c.references('priority_reasons.code'))
    .addColumn('is_priority', 'integer', (c) => c.notNull().check(sql`is_priority in (0, 1)`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('waiting', 'called', 'serving', 'done', 'no_show')`),
    )
    .addColumn('target_desk', 'integer', (c) => c.references('queue_desks.number'))
    .addColumn('desk_number', 'integer', (c) => c.references('queue_desks.number'))
    .addColumn('call_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('called_at', 'text')
    .addColumn('serving_started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('visit_id', 'integer', (c) => c.references('visits.id'))
    .addColumn('issued_by', 'text')
    .addUniqueConstraint('queue_tickets_day_line_number', ['service_day', 'line_code', 'number'])
    .execute();
  await sql`create index queue_tickets_waiting on queue_tickets (service_day, status, is_priority desc, issued_at, id)`.execute(
    db,
  );
  // Without it every visit insert scans the tickets (the foreign key from tickets to visits is checked).
  await sql`create index queue_tickets_visit on queue_tickets (visit_id) where visit_id is not null`.execute(
    db,
  );

  await db.schema
    .createTable('queue_ticket_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('ticket_id', 'integer', (c) => c.notNull().references('queue_tickets.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('desk_number', 'integer')
    .addColumn('line_code', 'text')
    .addColumn('actor', 'text')
    .execute();
  await db.schema
    .createIndex('queue_ticket_events_ticket')
    .on('queue_ticket_events')
    .column('ticket_id')
    .execute();
}
