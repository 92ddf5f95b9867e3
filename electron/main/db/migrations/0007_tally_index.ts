import { sql, type Kysely } from 'kysely';

/**
 * The tally reads every fact it counts from one covering index over the period's visits, so a 6-month
 * Biểu 01/TCD never touches the wide visit rows (content, notes): one range scan per period at 1M visits.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index visits_tally on visits (received_on, refusal_reason, reception_kind, headcount,
    case_id, classification, subject, channel, handling, person_id)`.execute(db);
}
