import type { Kysely } from 'kysely';

/**
 * The CCCD QR payload scanned when a ticket was issued, so the called ticket opens an intake form already
 * filled. Personal data kept only while needed: cleared when the ticket is finished or dropped, and
 * tickets of earlier days lose it (the queue service clears them).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('queue_tickets').addColumn('card_payload', 'text').execute();
}
