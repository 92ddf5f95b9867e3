import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { toLocalIso } from '../../../../shared/domain/local-time';
import { sqliteConnection } from '../../db/create-db';
import { appendAudit } from '../audit';
import type { ServiceContext } from '../context';
import { getSetting } from '../settings';
import {
  duplicateRowProblem,
  parseTableRow,
  readRegisterTable,
  type ParseRegisterOptions,
  type RegisterTable,
} from './parse-register-file';
import { pauseDayCells } from '../reports/day-cells-check';
import { ImportStatements } from './import-statements';
import type { ImportProblem } from './types';
import { refreshCases, saveCaseCounters, writeRow, type WriteState } from './write-rows';

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

/**
 * Thrown inside the transaction so that a conflict found while writing, or a file changed since it was
 * checked, leaves nothing behind.
 */
class RowConflict extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('row conflicts');
  }
}

/** Rows handled between two turns of the event loop, so the window stays responsive during an import. */
const ROWS_PER_TURN = 1000;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The problem reported when the file no longer holds what the first pass checked. */
function fileChanged(name: string): ImportProblem {
  const message = `Tệp "${name}" đã bị sửa trong lúc đang nhập nên chưa nhập dòng nào; hãy đóng tệp (Excel) rồi nhập lại.`;
  return { row: null, column: null, message, severity: 'error' };
}

/** The file's SHA-256, read again in chunks (the file is up to 50 MB). */
/** The file's SHA-256, read through one reused buffer: no chunk garbage left behind by a large file. */
async function fileSha256(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1024 * 1024);
  const file = await open(filePath, 'r');
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
  return hash.digest('hex');
}

async function alreadyImported(ctx: ServiceContext, fingerprints: string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (let start = 0; start < fingerprints.length; start += 500) {
    const keys = fingerprints.slice(start, start + 500);
    const found = await ctx.db
      .selectFrom('visits')
      .select('import_key')
      .where('import_key', 'in', keys)
      .execute();
    for (const { import_key } of found) if (import_key !== null) known.add(import_key);
  }
  return known;
}

/** What the first pass keeps of a row fit to import: enough to find it again, not the row itself. */
interface RowRef {
  index: number;
  receivedAt: string;
  fingerprint: string;
}

/**
 * First pass: every row parsed for its problems; of the rows fit to import only a reference is kept, so a
 * 100,000-row register is never held twice in memory (the second pass parses each row again to write it).
 */
async function scanRows(
  table: RegisterTable,
  options: ParseRegisterOptions,
  report: (done: number) => void,
): Promise<{ refs: RowRef[]; problems: ImportProblem[] }> {
  const firstRow = new Map<string, number>();
  const refs: RowRef[] = [];
  const problems: ImportProblem[] = [];
  for (let index = 0; index < table.rowCount; index++) {
    if (index % ROWS_PER_TURN === ROWS_PER_TURN - 1) {
      report(index);
      await nextTurn();
    }
    const { row, problems: rowProblems } = parseTableRow(table, index, options);
    problems.push(...rowProblems);
    if (row === null) continue;
    const first = firstRow.get(row.fingerprint);
    if (first !== undefined) {
      problems.push(duplicateRowProblem(row.rowNumber, first));
      continue;
    }
    firstRow.set(row.fingerprint, row.rowNumber);
    refs.push({ index, receivedAt: row.receivedAt, fingerprint: row.fingerprint });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { refs, problems: [...table.problems, ...problems] };
}

interface ImportOptions {
  dryRun: boolean;
  now?: Date;
  sourceName?: string;
}

/**
 * Imports an old register (XLSX or CSV). A dry run only reports. A real run writes every valid row in one
 * transaction, or nothing when any row conflicts with what is already in the register; rows already
 * imported (same content, same fingerprint) are skipped, so importing the same file twice adds nothing.
 */
export async function importRegisterFile(
  ctx: ServiceContext,
  filePath: string,
  options: ImportOptions,
): Promise<ImportResult> {
  const table = await readRegisterTable(filePath);
  try {
    return await importTable(ctx, table, filePath, options);
  } finally {
    await table.close();
  }
}

async function importTable(
  ctx: ServiceContext,
  table: RegisterTable,
  filePath: string,
  options: ImportOptions,
): Promise<ImportResult> {
  const instant = options.now ?? ctx.clock();
  const parseOptions = { now: instant };
  const fileName = options.sourceName ?? basename(filePath);
  const progress = (stage: 'check' | 'write', total: number) => (done: number) =>
    ctx.events.emit('import:progress', { stage, done, total });
  const scanned = await scanRows(table, parseOptions, progress('check', table.rowCount));
  const known = await alreadyImported(
    ctx,
    scanned.refs.map((ref) => ref.fingerprint),
  );
  // Oldest first, so a case's first row in time is the one that opens it.
  const fresh = scanned.refs
    .filter((ref) => !known.has(ref.fingerprint))
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.index - b.index);
  const result: ImportResult = {
    dryRun: options.dryRun,
    totalRows: table.totalRows,
    validRows: scanned.refs.length,
    imported: 0,
    alreadyImported: scanned.refs.length - fresh.length,
    createdCases: 0,
    createdSessions: 0,
    problems: scanned.problems,
  };
  if (options.dryRun || fresh.length === 0) return result;
  const now = toLocalIso(instant);
  const state: WriteState = {
    statements: new ImportStatements(sqliteConnection(ctx.db)),
    now,
    groupThreshold: await getSetting(ctx.db, 'group_threshold'),
    officerName: ctx.actor.displayName,
    officerUserId: ctx.actor.userId,
    sessions: new Map(),
    cases: new Map(),
    persons: new Map(),
    caseCounters: new Map(),
    touchedCases: new Set(),
    createdCases: 0,
    createdSessions: 0,
  };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const conflicts: ImportProblem[] = [];
      const resumeDayCells = await pauseDayCells(trx);
      const reportWritten = progress('write', fresh.length);
      for (let position = 0; position < fresh.length; position++) {
        if (position % ROWS_PER_TURN === ROWS_PER_TURN - 1) {
          reportWritten(position);
          await nextTurn();
        }
        const ref = fresh[position] as RowRef;
        const { row } = parseTableRow(table, ref.index, parseOptions, ref.fingerprint);
        // Parsing is deterministic: a row that no longer parses was changed in the file meanwhile.
        if (row === null) throw new RowConflict([fileChanged(fileName)]);
        const problem = writeRow(row, state);
        if (problem) conflicts.push(problem);
      }
      if (conflicts.length > 0) throw new RowConflict(conflicts);
      saveCaseCounters(state);
      await refreshCases(trx, state.touchedCases);
      await resumeDayCells();
      // Rows were read again from the file; they are the rows checked only if the file is unchanged.
      if ((await fileSha256(filePath)) !== table.sha256) throw new RowConflict([fileChanged(fileName)]);
      await appendAudit(trx, ctx.actor, now, {
        action: 'register.import',
        entity: 'import',
        entityId: null,
        detail: {
          file: fileName,
          sha256: table.sha256,
          imported: fresh.length,
          alreadyImported: result.alreadyImported,
          skippedWithErrors: table.totalRows - scanned.refs.length,
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
