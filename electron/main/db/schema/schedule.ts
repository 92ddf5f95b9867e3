import type { Generated } from 'kysely';

// Leaders' reception schedule: holidays, minimums, rules, planned days and follow-ups.

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
