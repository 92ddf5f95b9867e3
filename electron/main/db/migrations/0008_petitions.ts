import { sql, type Kysely } from 'kysely';

/**
 * Written petitions (đơn thư) and their handling under TT 05/2021/TT-TTCP: the registry with its incoming
 * number per year, the senders (persons of the register), the handling decisions as history, replies from
 * the bodies a petition was forwarded to, and scanned attachments kept in the data folder.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('petitions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('incoming_year', 'integer', (c) => c.notNull())
    .addColumn('incoming_number', 'integer', (c) => c.notNull().check(sql`incoming_number >= 1`))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`source in ('qua_tiep_cong_dan', 'buu_chinh', 'nop_truc_tiep', 'co_quan_chuyen_den', 'khac')`,
        ),
    )
    .addColumn('source_body', 'text')
    .addColumn('is_anonymous', 'integer', (c) => c.notNull().check(sql`is_anonymous in (0, 1)`))
    .addColumn('classification', 'text', (c) =>
      c.notNull().check(sql`classification in ('khieu_nai', 'to_cao', 'kien_nghi', 'phan_anh')`),
    )
    .addColumn('subject', 'text')
    .addColumn('form_subject', 'text', (c) =>
      c
        .notNull()
        .check(sql`form_subject in ('dat_dai', 'chinh_sach', 'hanh_chinh', 'tham_nhung', 'tu_phap', 'khac')`),
    )
    .addColumn('level', 'text', (c) => c.check(sql`level in ('lan_dau', 'lan_hai', 'tiep')`))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('case_id', 'integer', (c) => c.references('cases.id'))
    .addColumn('duplicate_of', 'integer', (c) => c.references('petitions.id'))
    .addColumn('eligibility', 'text', (c) =>
      c.check(sql`eligibility in ('du_dieu_kien', 'khong_du_dieu_kien')`),
    )
    .addColumn('ineligible_reason', 'text')
    .addColumn('competence', 'text', (c) => c.check(sql`competence in ('thuoc', 'khong_thuoc')`))
    .addColumn('outcome', 'text', (c) =>
      c.check(sql`outcome in ('thu_ly', 'huong_dan', 'chuyen_don', 'luu_don', 'tra_lai')`),
    )
    .addColumn('forwarded_to', 'text')
    .addColumn('handled_on', 'text')
    .addColumn('handled_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('handled_by_name', 'text')
    .addColumn('note', 'text')
    .addColumn('import_key', 'text')
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('petitions_incoming', ['incoming_year', 'incoming_number'])
    .execute();
  await sql`create unique index petitions_import_key on petitions (import_key) where import_key is not null`.execute(
    db,
  );
  await sql`create index petitions_received on petitions (received_on, id)`.execute(db);
  await sql`create index petitions_handled on petitions (handled_on)`.execute(db);
  await sql`create index petitions_case on petitions (case_id) where case_id is not null`.execute(db);

  await db.schema
    .createTable('petition_senders')
    .addColumn('petition_id', 'integer', (c) => c.notNull().references('petitions.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('persons.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('petition_senders_pk', ['petition_id', 'person_id'])
    .execute();
  await db.schema.createIndex('petition_senders_person').on('petition_senders').column('person_id').execute();

  await db.schema
    .createTable('petition_steps')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('petition_id', 'integer', (c) => c.notNull().references('petitions.id').onDelete('cascade'))
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('eligibility', 'text', (c) => c.notNull())
    .addColumn('ineligible_reason', 'text')
    .addColumn('competence', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('forwarded_to', 'text')
    .addColumn('officer_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('officer_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('petition_steps_petition').on('petition_steps').column('petition_id').execute();

  await db.schema
    .createTable('petition_replies')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('petition_id', 'integer', (c) => c.notNull().references('petitions.id').onDelete('cascade'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('from_body', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('petition_replies_petition')
    .on('petition_replies')
    .column('petition_id')
    .execute();

  await db.schema
    .createTable('petition_attachments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('petition_id', 'integer', (c) => c.notNull().references('petitions.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('stored_path', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('petition_attachments_petition')
    .on('petition_attachments')
    .column('petition_id')
    .execute();
}
