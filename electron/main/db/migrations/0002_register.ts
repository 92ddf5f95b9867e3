import { sql, type Kysely } from 'kysely';

/** Subject labels as shipped; offices may edit labels later, never codes. */
const SUBJECT_SEED = [
  ['dat_dai', 'Đất đai (tranh chấp, đòi đất cũ, đền bù, giải tỏa)'],
  ['chinh_sach', 'Chính sách, chế độ'],
  ['nha_tai_san', 'Nhà ở, tài sản'],
  ['che_do_cbccvc', 'Chế độ cán bộ, công chức, viên chức'],
  ['hanh_chinh_khac', 'Hành chính khác'],
  ['tu_phap', 'Tư pháp'],
  ['tham_nhung', 'Tham nhũng'],
  ['ct_vh_xh', 'Chính trị, văn hóa, xã hội'],
  ['khac', 'Khác'],
] as const;

/**
 * The full register: documents handed in, subjects as data, import and case keys for idempotent
 * imports, recorded ID-check overrides, and the folded full-text indexes (FTS5) for instant search.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('subjects')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .insertInto('subjects')
    .values(SUBJECT_SEED.map(([code, label], index) => ({ code, label, sort_order: index + 1 })))
    .execute();

  await db.schema
    .createTable('visit_documents')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('visit_id', 'integer', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('pages', 'integer')
    .addColumn('is_original', 'integer', (c) => c.notNull().check(sql`is_original in (0, 1)`))
    .addColumn('condition', 'text')
    .execute();
  await db.schema.createIndex('visit_documents_visit').on('visit_documents').column('visit_id').execute();

  await db.schema.alterTable('visits').addColumn('import_key', 'text').execute();
  await db.schema.alterTable('visits').addColumn('id_check_overrides', 'text').execute();
  await sql`create unique index visits_import_key on visits (import_key) where import_key is not null`.execute(
    db,
  );
  await sql`create index visits_kind_on on visits (reception_kind, received_on)`.execute(db);
  await sql`create index visits_class_on_at on visits (classification, received_on, received_at)`.execute(db);
  await sql`create index visits_kind_subject_at on visits (reception_kind, subject, received_at, id)`.execute(
    db,
  );
  await sql`create index visits_session on visits (session_id) where session_id is not null`.execute(db);

  await db.schema.alterTable('cases').addColumn('external_key', 'text').execute();
  await db.schema.alterTable('cases').addColumn('last_received_at', 'text').execute();
  await sql`create unique index cases_external_key on cases (external_key) where external_key is not null`.execute(
    db,
  );
  await db.schema.alterTable('reception_sessions').addColumn('external_key', 'text').execute();
  await sql`create unique index sessions_external_key on reception_sessions (external_key)
    where external_key is not null`.execute(db);
  await sql`create index sessions_held_on on reception_sessions (held_on)`.execute(db);
  await sql`create index persons_name_commune on persons (name_key, commune_code)`.execute(db);

  // Folded copies (NFC → marks stripped → đ→d → lower case) are written by the services; the tokenizer
  // only splits words. Prefix indexes of 1–3 letters make "nguyen van d" fast (the last word is a prefix).
  await sql`create virtual table person_search using fts5(
    terms, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3', content = '', contentless_delete = 1
  )`.execute(db);
  await sql`create virtual table visit_search using fts5(
    terms, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3', content = '', contentless_delete = 1
  )`.execute(db);
  await sql`create virtual table case_search using fts5(
    terms, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1
  )`.execute(db);
}
