import type { Generated } from 'kysely';
import type {
  Channel,
  Classification,
  Gender,
  Handling,
  IdType,
  ReceptionKind,
  UserRole,
} from '../../../shared/domain/classification';

/** Kysely's view of the tables created by the migrations; keep in step with them. */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  full_name: string;
  role: UserRole;
  password_hash: string;
  is_active: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
  updated_by: number | null;
}

export interface CountersTable {
  key: string;
  value: number;
}

export interface PersonsTable {
  id: Generated<number>;
  full_name: string;
  name_key: string;
  gender: Gender | null;
  birth_year: number | null;
  id_type: IdType | null;
  id_number: string | null;
  old_id_number: string | null;
  phone: string | null;
  province_code: string | null;
  commune_code: string | null;
  address_line: string | null;
  address_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface CasesTable {
  id: Generated<number>;
  code: string;
  classification: Classification;
  subject: string | null;
  summary: string;
  status: Generated<string>;
  first_received_at: string;
  accepted_on: string | null;
  deadline_on: string | null;
  created_at: string;
  updated_at: string;
  external_key: string | null;
  last_received_at: string | null;
}

export interface ReceptionSessionsTable {
  id: Generated<number>;
  kind: Exclude<ReceptionKind, 'thuong_xuyen'>;
  held_on: string;
  presided_by: string;
  title: string | null;
  created_at: string;
  updated_at: string;
  external_key: string | null;
  channel: Generated<Channel>;
  meeting_ref: string | null;
}

export interface VisitsTable {
  id: Generated<number>;
  received_at: string;
  received_on: string;
  reception_kind: ReceptionKind;
  session_id: number | null;
  person_id: number;
  case_id: number;
  is_first_reception: number;
  headcount: number;
  is_group: number;
  classification: Classification;
  subject: string | null;
  content: string;
  resolved_by_body: string | null;
  handling: Handling | null;
  forwarded_to: string | null;
  result_tracking: string | null;
  note: string | null;
  refusal_reason: string | null;
  back_entry_reason: string | null;
  officer_user_id: number | null;
  officer_name: string | null;
  created_at: string;
  updated_at: string;
  import_key: string | null;
  /** JSON array of the ID-check warning codes the officer confirmed. */
  id_check_overrides: string | null;
  channel: Generated<Channel>;
  meeting_ref: string | null;
}

export interface VisitDocumentsTable {
  id: Generated<number>;
  visit_id: number;
  position: number;
  name: string;
  pages: number | null;
  is_original: number;
  condition: string | null;
}

export interface SubjectsTable {
  code: string;
  label: string;
  sort_order: number;
  is_active: Generated<number>;
}

export interface VisitPersonsTable {
  visit_id: number;
  person_id: number;
  role: 'nguoi_tiep' | 'dai_dien';
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  actor: string;
  action: string;
  entity: string | null;
  entity_id: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

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

export interface DB {
  users: UsersTable;
  settings: SettingsTable;
  counters: CountersTable;
  persons: PersonsTable;
  cases: CasesTable;
  reception_sessions: ReceptionSessionsTable;
  visits: VisitsTable;
  visit_persons: VisitPersonsTable;
  audit_log: AuditLogTable;
  visit_documents: VisitDocumentsTable;
  subjects: SubjectsTable;
  queue_lines: QueueLinesTable;
  priority_reasons: PriorityReasonsTable;
  queue_desks: QueueDesksTable;
  queue_tickets: QueueTicketsTable;
  queue_ticket_events: QueueTicketEventsTable;
}
