import type { Generated } from 'kysely';

// Dialogues (đối thoại) and the cases they covered.

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
