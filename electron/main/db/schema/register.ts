import type { Generated } from 'kysely';
import type {
  Channel,
  Classification,
  Gender,
  Handling,
  IdType,
  ReceptionKind,
} from '../../../../shared/domain/classification';

// The register (sổ tiếp công dân): people, cases, sittings and visits.

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
