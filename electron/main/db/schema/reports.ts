import type { Generated } from 'kysely';

// The log of report files written out.

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
