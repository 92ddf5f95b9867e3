import { sql, type Kysely } from 'kysely';

/**
 * The export log: every file written out of the office (report files, data packages, consolidated
 * reports), where to, its SHA-256 and who did it. Failed attempts are logged too, with the reason.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('exports')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('xlsx', 'pdf', 'csv', 'package', 'consolidated')`),
    )
    .addColumn('period_spec', 'text', (c) => c.notNull())
    .addColumn('regime', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('ok', 'failed')`))
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('exports_at').on('exports').column('at').execute();
}
