import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { toLocalIso } from '../../../../shared/domain/local-time';
import { appendAudit } from '../audit';
import type { ServiceContext } from '../context';
import { getSetting } from '../settings';
import { parseRegisterFile } from './parse-register-file';
import type { ImportProblem, RegisterImportRow } from './types';
import { refreshCases, writeRow, type WriteState } from './write-rows';

export interface ImportResult {
  dryRun: boolean;
  /** Data rows in the file. */
  totalRows: number;
  /** Rows without errors. */
  validRows: number;
  /** Rows written now. */
  imported: number;
  /** Valid rows already in the register from an earlier import of the same rows. */
  alreadyImported: number;
  createdCases: number;
  createdSessions: number;
  problems: ImportProblem[];
}

/** Thrown inside the transaction so that a conflict found while writing leaves nothing behind. */
class RowConflict extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('row conflicts');
  }
}

async function alreadyImported(ctx: ServiceContext, rows: RegisterImportRow[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (let start = 0; start < rows.length; start += 500) {
    const keys = rows.slice(start, start + 500).map((row) => row.fingerprint);
    const found = await ctx.db
      .selectFrom('visits')
      .select('import_key')
      .where('import_key', 'in', keys)
      .execute();
    for (const { import_key } of found) if (import_key !== null) known.add(import_key);
  }
  return known;
}

/**
 * Imports an old register (XLSX or CSV). A dry run only reports. A real run writes every valid row in one
 * transaction, or nothing when any row conflicts with what is already in the register; rows already
 * imported (same content, same fingerprint) are skipped, so importing the same file twice adds nothing.
 */
export async function importRegisterFile(
  ctx: ServiceContext,
  filePath: string,
  options: { dryRun: boolean; now?: Date; sourceName?: string },
): Promise<ImportResult> {
  const instant = options.now ?? ctx.clock();
  const parsed = await parseRegisterFile(filePath, { now: instant });
  const known = await alreadyImported(ctx, parsed.rows);
  const fresh = parsed.rows.filter((row) => !known.has(row.fingerprint));
  const result: ImportResult = {
    dryRun: options.dryRun,
    totalRows: parsed.totalRows,
    validRows: parsed.rows.length,
    imported: 0,
    alreadyImported: parsed.rows.length - fresh.length,
    createdCases: 0,
    createdSessions: 0,
    problems: parsed.problems,
  };
  if (options.dryRun || fresh.length === 0) return result;
  const now = toLocalIso(instant);
  const state: WriteState = {
    now,
    groupThreshold: await getSetting(ctx.db, 'group_threshold'),
    officerName: ctx.actor.displayName,
    officerUserId: ctx.actor.userId,
    sessions: new Map(),
    cases: new Map(),
    persons: new Map(),
    touchedCases: new Set(),
    createdCases: 0,
    createdSessions: 0,
  };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const conflicts: ImportProblem[] = [];
      for (const row of [...fresh].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))) {
        const problem = await writeRow(trx, row, state);
        if (problem) conflicts.push(problem);
      }
      if (conflicts.length > 0) throw new RowConflict(conflicts);
      await refreshCases(trx, state.touchedCases);
      await appendAudit(trx, ctx.actor, now, {
        action: 'register.import',
        entity: 'import',
        entityId: null,
        detail: {
          file: options.sourceName ?? basename(filePath),
          sha256: createHash('sha256').update(readFileSync(filePath)).digest('hex'),
          imported: fresh.length,
          alreadyImported: result.alreadyImported,
          skippedWithErrors: parsed.totalRows - parsed.rows.length,
        },
      });
    });
  } catch (error) {
    if (!(error instanceof RowConflict)) throw error;
    return {
      ...result,
      problems: [...result.problems, ...error.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    };
  }
  ctx.events.emit('visits:changed', { visitId: null, action: 'created' });
  return {
    ...result,
    imported: fresh.length,
    createdCases: state.createdCases,
    createdSessions: state.createdSessions,
  };
}
