import type { Kysely, Transaction } from 'kysely';
import type { ExportLogEntry } from '../../../../shared/contract/exports';
import type { DB, ExportsTable } from '../../db/schema';
import { appendAudit } from '../audit';
import type { Actor } from '../context';

export interface ExportRecord {
  kind: ExportsTable['kind'];
  periodSpec: string;
  regime: string;
  target: string;
  files: { fileName: string; bytes: number; sha256: string }[];
  status: 'ok' | 'failed';
  error: string | null;
}

/** One log row per file written (or attempted) and one audit entry for the whole export, together. */
export async function logExport(
  db: Kysely<DB>,
  actor: Actor,
  at: string,
  record: ExportRecord,
): Promise<void> {
  const files = record.files.length > 0 ? record.files : [{ fileName: '', bytes: 0, sha256: '' }];
  await db.transaction().execute(async (trx: Transaction<DB>) => {
    for (const file of files)
      await trx
        .insertInto('exports')
        .values({
          at,
          user_id: actor.userId,
          actor: actor.displayName,
          kind: record.kind,
          period_spec: record.periodSpec,
          regime: record.regime,
          target: record.target,
          file_name: file.fileName,
          bytes: file.bytes,
          sha256: file.sha256,
          status: record.status,
          error: record.error,
        })
        .execute();
    await appendAudit(trx, actor, at, {
      action: record.status === 'ok' ? 'export.write' : 'export.failed',
      entity: 'exports',
      entityId: record.periodSpec,
      detail: {
        kind: record.kind,
        regime: record.regime,
        target: record.target,
        files: record.files.map((file) => ({ name: file.fileName, sha256: file.sha256 })),
        ...(record.error ? { error: record.error } : {}),
      },
    });
  });
}

/** The export log, newest first. */
export async function listExportLog(db: Kysely<DB>, limit: number): Promise<ExportLogEntry[]> {
  const rows = await db.selectFrom('exports').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    kind: row.kind,
    periodSpec: row.period_spec,
    regime: row.regime,
    target: row.target,
    fileName: row.file_name,
    bytes: row.bytes,
    sha256: row.sha256,
    status: row.status,
    error: row.error,
  }));
}
