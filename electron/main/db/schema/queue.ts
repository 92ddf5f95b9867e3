import type { Generated } from 'kysely';

// The waiting queue: lines, desks, tickets and their events.

export interface QueueLinesTable {
  code: string;
  label: string;
  prefix: string;
  sort_order: number;
  needs_open_session: Generated<number>;
  is_active: Generated<number>;
}

export interface PriorityReasonsTable {
  code: string;
  label: string;
  sort_order: number;
  is_active: Generated<number>;
}

export interface QueueDesksTable {
  number: number;
  label: string;
  is_head_room: Generated<number>;
  is_active: Generated<number>;
}

export type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'no_show';

export interface QueueTicketsTable {
  id: Generated<number>;
  service_day: string;
  line_code: string;
  number: number;
  code: string;
  full_name: string | null;
  id_number: string | null;
  headcount: number;
  priority_reason: string | null;
  is_priority: number;
  status: TicketStatus;
  target_desk: number | null;
  desk_number: number | null;
  call_count: Generated<number>;
  issued_at: string;
  called_at: string | null;
  serving_started_at: string | null;
  finished_at: string | null;
  visit_id: number | null;
  issued_by: string | null;
  /** CCCD QR payload scanned at issue; cleared once the ticket is finished, dropped or of an earlier day. */
  card_payload: string | null;
}

export interface QueueTicketEventsTable {
  id: Generated<number>;
  ticket_id: number;
  at: string;
  kind: string;
  desk_number: number | null;
  line_code: string | null;
  actor: string | null;
}
