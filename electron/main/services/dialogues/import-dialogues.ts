/**
 * `import-dialogues`: dialogue conferences from a CSV/XLSX file. A dry run only reports; a real run writes
 * every valid row in one transaction (nothing when a row has an error), skipping rows imported before
 * (same content, same fingerprint).
 */
import { basename } from 'node:path';
import { toLocalIso } from '../../../../shared/domain/local-time';
import { appendAudit } from '../audit';
import type { ServiceContext } from '../context';
import type { ImportProblem } from '../register-import/types';
import { dialogueColumns } from './dialogues';
import { parseDialogueFile, type DialogueImportRow } from './parse-dialogue-file';

export interface DialogueImportResult {
  dryRun: boolean;
  totalRows: number;
  validRows: number;
  imported: number;
  alreadyImported: number;
  problems: ImportProblem[];
}

async function unknownCaseProblems(ctx: ServiceContext, rows: DialogueImportRow[]): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    for (const code of row.input.caseCodes) {
      const found = await ctx.db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirst();
      if (found === undefined) {
        problems.push({
          row: row.rowNumber,
          column: 'ma_vu_viec',
          message: `Không có vụ việc mã "${code}"; hãy kiểm tra lại mã hoặc để trống.`,
          severity: 'error',
        });
      }
    }
  }
  return problems;
}

export async function importDialoguesFile(
  ctx: ServiceContext,
  path: string,
  options: { dryRun: boolean },
): Promise<DialogueImportResult> {
  const parsed = await parseDialogueFile(path, ctx.clock());
  const problems = [...parsed.problems, ...(await unknownCaseProblems(ctx, parsed.rows))];
  const badRows = new Set(problems.map((p) => p.row));
  const valid = parsed.rows.filter((row) => !badRows.has(row.rowNumber));
  const seen = new Set<string>();
  const known = await ctx.db
    .selectFrom('dialogues')
    .select('import_key')
    .where('import_key', 'in', valid.length === 0 ? [''] : valid.map((row) => row.fingerprint))
    .execute();
  for (const { import_key } of known) if (import_key !== null) seen.add(import_key);
  const fresh: DialogueImportRow[] = [];
  for (const row of valid) {
    if (seen.has(row.fingerprint)) continue;
    seen.add(row.fingerprint);
    fresh.push(row);
  }
  const result: DialogueImportResult = {
    dryRun: options.dryRun,
    totalRows: parsed.totalRows,
    validRows: valid.length,
    imported: 0,
    alreadyImported: valid.length - fresh.length,
    problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
  };
  if (options.dryRun || problems.some((p) => p.severity === 'error') || fresh.length === 0) return result;
  const now = toLocalIso(ctx.clock());
  await ctx.db.transaction().execute(async (trx) => {
    for (const row of fresh) {
      const { id } = await trx
        .insertInto('dialogues')
        .values({
          ...dialogueColumns(row.input),
          import_key: row.fingerprint,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const code of new Set(row.input.caseCodes)) {
        const found = await trx
          .selectFrom('cases')
          .select('id')
          .where('code', '=', code)
          .executeTakeFirstOrThrow();
        await trx.insertInto('dialogue_cases').values({ dialogue_id: id, case_id: found.id }).execute();
      }
    }
    await appendAudit(trx, ctx.actor, now, {
      action: 'dialogue.import',
      entity: 'dialogue',
      entityId: null,
      detail: { file: basename(path), imported: fresh.length, alreadyImported: result.alreadyImported },
    });
  });
  return { ...result, imported: fresh.length };
}
