import type { Generated } from 'kysely';
import type { Classification } from '../../../../shared/domain/classification';
import type {
  Competence,
  Eligibility,
  FormSubject,
  PetitionLevel,
  PetitionOutcome,
  PetitionSource,
} from '../../../../shared/domain/petitions';

// Petitions (đơn thư): the register of letters, their senders, steps, replies and attachments.

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
