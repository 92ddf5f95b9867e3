import type { DialogueCasesTable, DialoguesTable } from './schema/dialogues';
import type {
  PetitionAttachmentsTable,
  PetitionRepliesTable,
  PetitionSendersTable,
  PetitionStepsTable,
  PetitionsTable,
} from './schema/petitions';
import type {
  PriorityReasonsTable,
  QueueDesksTable,
  QueueLinesTable,
  QueueTicketEventsTable,
  QueueTicketsTable,
} from './schema/queue';
import type {
  CasesTable,
  PersonsTable,
  ReceptionSessionsTable,
  SubjectsTable,
  VisitDocumentsTable,
  VisitPersonsTable,
  VisitsTable,
} from './schema/register';
import type { ExportsTable, VisitDayCellsTable } from './schema/reports';
import type {
  HolidaysTable,
  ReceptionMinimumsTable,
  ScheduleDaysTable,
  ScheduleRulesTable,
  SessionFollowUpsTable,
} from './schema/schedule';
import type { AuditLogTable, CountersTable, SettingsTable, UsersTable } from './schema/users-audit';

export type * from './schema/dialogues';
export type * from './schema/petitions';
export type * from './schema/queue';
export type * from './schema/register';
export type * from './schema/reports';
export type * from './schema/schedule';
export type * from './schema/users-audit';

/**
 * Kysely's view of the tables created by the migrations; keep in step with them. The table interfaces
 * live in `./schema/<area>.ts`; a new table goes in its area's file and gets one line here.
 */
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
