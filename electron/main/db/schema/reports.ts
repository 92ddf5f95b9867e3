import type { Generated } from 'kysely';
import type { Channel, Classification, ReceptionKind } from '../../../../shared/domain/classification';

// What the reports read and write: visits counted per day, and the log of report files written out.

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
