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
import type {
  Competence,
  Eligibility,
  FormSubject,
  PetitionLevel,
  PetitionOutcome,
  PetitionSource,
} from '../../../shared/domain/petitions';

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
  status: Generated<'open' | 'closed'>;
  opened_at: string | null;
  closed_at: string | null;
  schedule_day_id: number | null;
  conclusions: string | null;
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

/** Visits counted per day by every fact the tallies group by (migration 0012, kept by triggers). */
export interface VisitDayCellsTable {
  received_on: string;
  reception_kind: ReceptionKind;
  headcount: number;
  is_refused: number;
  classification: Classification;
  subject: string;
  channel: Channel;
  handling: string;
  visits: number;
  people: number;
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

export interface HolidaysTable {
  day: string;
  name: string;
  kind: 'le' | 'tet' | 'nghi_bu' | 'khac';
}

export interface ReceptionMinimumsTable {
  id: Generated<number>;
  leader_role: string;
  per: 'week' | 'month';
  min_days: number;
  effective_from: string;
  effective_to: string | null;
  basis: string;
}

export interface ScheduleRulesTable {
  id: Generated<number>;
  leader_name: string;
  leader_role: string;
  /** Set when the head delegates these sittings (ủy quyền tiếp). */
  delegate_name: string | null;
  frequency: 'weekly' | 'monthly';
  weekday: number;
  /** JSON array of the weekday's occurrences in the month (monthly rules). */
  month_weeks: Generated<string>;
  start_time: string;
  end_time: string;
  place: string;
  valid_from: string;
  valid_to: string | null;
  created_at: string;
  updated_at: string;
}

export interface ScheduleDaysTable {
  id: Generated<number>;
  rule_id: number;
  planned_day: string;
  /** The day of the sitting; null when cancelled. */
  day: string | null;
  move_reason: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionFollowUpsTable {
  id: Generated<number>;
  session_id: number;
  case_id: number | null;
  task: string;
  assignee: string;
  due_on: string;
  done_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DialoguesTable {
  id: Generated<number>;
  held_on: string;
  presided_by: string;
  level: 'xa' | 'tinh' | 'so_nganh' | 'khac';
  place: string;
  topic: string;
  attendees: number;
  opinions: number;
  answered: number;
  accepted_for_follow_up: number;
  note: string | null;
  import_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface DialogueCasesTable {
  dialogue_id: number;
  case_id: number;
}

export interface ExportsTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  actor: string;
  kind: 'xlsx' | 'pdf' | 'csv' | 'package' | 'consolidated';
  period_spec: string;
  regime: string;
  /** The drive (label and mount point) or 'tải về' for a browser download. */
  target: string;
  file_name: string;
  bytes: number;
  sha256: string;
  status: 'ok' | 'failed';
  error: string | null;
}

export interface PetitionsTable {
  id: Generated<number>;
  incoming_year: number;
  incoming_number: number;
  received_on: string;
  source: PetitionSource;
  source_body: string | null;
  is_anonymous: number;
  classification: Classification;
  subject: string | null;
  form_subject: FormSubject;
  level: PetitionLevel | null;
  content: string;
  case_id: number | null;
  duplicate_of: number | null;
  eligibility: Eligibility | null;
  ineligible_reason: string | null;
  competence: Competence | null;
  outcome: PetitionOutcome | null;
  forwarded_to: string | null;
  handled_on: string | null;
  handled_by_user_id: number | null;
  handled_by_name: string | null;
  note: string | null;
  import_key: string | null;
  created_by_name: string;
  created_at: string;
  updated_at: string;
}

export interface PetitionSendersTable {
  petition_id: number;
  person_id: number;
  position: number;
}

export interface PetitionStepsTable {
  id: Generated<number>;
  petition_id: number;
  decided_on: string;
  eligibility: Eligibility;
  ineligible_reason: string | null;
  competence: Competence | null;
  outcome: PetitionOutcome;
  forwarded_to: string | null;
  officer_user_id: number | null;
  officer_name: string;
  created_at: string;
}

export interface PetitionRepliesTable {
  id: Generated<number>;
  petition_id: number;
  received_on: string;
  from_body: string;
  reference: string | null;
  summary: string;
  created_by_name: string;
  created_at: string;
}

export interface PetitionAttachmentsTable {
  id: Generated<number>;
  petition_id: number;
  file_name: string;
  stored_path: string;
  size_bytes: number;
  sha256: string;
  created_by_name: string;
  created_at: string;
}

export interface DB {
  users: UsersTable;
  settings: SettingsTable;
  counters: CountersTable;
  persons: PersonsTable;
  cases: CasesTable;
  reception_sessions: ReceptionSessionsTable;
  visits: VisitsTable;
  visit_day_cells: VisitDayCellsTable;
  visit_persons: VisitPersonsTable;
  audit_log: AuditLogTable;
  visit_documents: VisitDocumentsTable;
  subjects: SubjectsTable;
  queue_lines: QueueLinesTable;
  priority_reasons: PriorityReasonsTable;
  queue_desks: QueueDesksTable;
  queue_tickets: QueueTicketsTable;
  queue_ticket_events: QueueTicketEventsTable;
  holidays: HolidaysTable;
  reception_minimums: ReceptionMinimumsTable;
  schedule_rules: ScheduleRulesTable;
  schedule_days: ScheduleDaysTable;
  session_follow_ups: SessionFollowUpsTable;
  dialogues: DialoguesTable;
  dialogue_cases: DialogueCasesTable;
  exports: ExportsTable;
  petitions: PetitionsTable;
  petition_senders: PetitionSendersTable;
  petition_steps: PetitionStepsTable;
  petition_replies: PetitionRepliesTable;
  petition_attachments: PetitionAttachmentsTable;
}
