import { sql, type Kysely } from 'kysely';

/**
 * Core tables: who works the desk, the register (persons, cases, sessions, visits), settings, counters
 * and the append-only audit log. Frozen once shipped: fix forward in a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('receptionist', 'leader', 'admin')`))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .execute();

  await db.schema
    .createTable('counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('persons')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.check(sql`gender in ('nam', 'nu')`))
    .addColumn('birth_year', 'integer')
    .addColumn('id_type', 'text', (c) => c.check(sql`id_type in ('cccd', 'cmnd', 'ho_chieu', 'khong_co')`))
    .addColumn('id_number', 'text')
    .addColumn('old_id_number', 'text')
    .addColumn('phone', 'text')
    .addColumn('province_code', 'text')
    .addColumn('commune_code', 'text')
    .addColumn('address_line', 'text')
    .addColumn('address_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('persons_id_number').on('persons').column('id_number').execute();
  await db.schema.createIndex('persons_old_id_number').on('persons').column('old_id_number').execute();
  await db.schema.createIndex('persons_name_key').on('persons').column('name_key').execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('classification', 'text', (c) =>
      c.notNull().check(sql`classification in ('khieu_nai', 'to_cao', 'kien_nghi', 'phan_anh')`),
    )
    .addColumn('subject', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('dang_xu_ly'))
    .addColumn('first_received_at', 'text', (c) => c.notNull())
    .addColumn('accepted_on', 'text')
    .addColumn('deadline_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reception_sessions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('dinh_ky', 'dot_xuat', 'uy_quyen')`))
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('presided_by', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await createVisits(db);
  await createAuditLog(db);
}

async function createVisits(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('visits')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('reception_kind', 'text', (c) =>
      c.notNull().check(sql`reception_kind in ('thuong_xuyen', 'dinh_ky', 'dot_xuat', 'uy_quyen')`),
    )
    .addColumn('session_id', 'integer', (c) => c.references('reception_sessions.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('persons.id'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('is_first_reception', 'integer', (c) => c.notNull().check(sql`is_first_reception in (0, 1)`))
    .addColumn('headcount', 'integer', (c) => c.notNull().check(sql`headcount >= 1`))
    .addColumn('is_group', 'integer', (c) => c.notNull().check(sql`is_group in (0, 1)`))
    .addColumn('classification', 'text', (c) =>
      c.notNull().check(sql`classification in ('khieu_nai', 'to_cao', 'kien_nghi', 'phan_anh')`),
    )
    .addColumn('subject', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('resolved_by_body', 'text')
    .addColumn('handling', 'text', (c) =>
      c.check(sql`handling in ('thu_ly', 'tra_lai_huong_dan', 'chuyen_don', 'tra_loi_truc_tiep')`),
    )
    .addColumn('forwarded_to', 'text')
    .addColumn('result_tracking', 'text')
    .addColumn('note', 'text')
    .addColumn('refusal_reason', 'text')
    .addColumn('back_entry_reason', 'text')
    .addColumn('officer_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('officer_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visits_received').on('visits').columns(['received_at', 'id']).execute();
  await db.schema.createIndex('visits_received_on').on('visits').column('received_on').execute();
  await db.schema.createIndex('visits_person').on('visits').column('person_id').execute();
  await db.schema.createIndex('visits_case').on('visits').column('case_id').execute();

  await db.schema
    .createTable('visit_persons')
    .addColumn('visit_id', 'integer', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('persons.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('nguoi_tiep', 'dai_dien')`))
    .addPrimaryKeyConstraint('visit_persons_pk', ['visit_id', 'person_id'])
    .execute();
  await db.schema.createIndex('visit_persons_person').on('visit_persons').column('person_id').execute();
}

async function createAuditLog(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('detail', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  // Append-only: an edit or a deletion through SQL is refused; the hash chain catches edits made by
  // rewriting the file directly.
  await sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  await sql`create trigger audit_log_no_delete before delete on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
}
