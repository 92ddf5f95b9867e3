import { sql, type Kysely } from 'kysely';

/**
 * Reception channel (Luật 136/2025, in force since 01/7/2026: trực tiếp or trực tuyến) on visits and
 * sessions, with the meeting reference of online ones. Existing rows were all received in person.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['visits', 'reception_sessions']) {
    await db.schema
      .alterTable(table)
      .addColumn('channel', 'text', (c) =>
        c
          .notNull()
          .defaultTo('truc_tiep')
          .check(sql`channel in ('truc_tiep', 'truc_tuyen')`),
      )
      .execute();
    await db.schema.alterTable(table).addColumn('meeting_ref', 'text').execute();
  }
}
