import type { Generated } from 'kysely';
import type { UserRole } from '../../../../shared/domain/classification';

// Accounts, settings, counters and the audit chain.

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
