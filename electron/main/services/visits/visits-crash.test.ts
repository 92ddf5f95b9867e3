import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/create-db';

const CHILD = join(import.meta.dirname, '../../../../test/fixtures/crash-save-child.ts');
// tsx's loader in this very process (tsx's CLI would run the script in a second, inner process that a
// SIGKILL of the outer one never reaches).
const TSX_LOADER = pathToFileURL(
  join(import.meta.dirname, '../../../../node_modules/tsx/dist/loader.mjs'),
).href;

/** Runs the child; with a pause table, kills it with SIGKILL the moment it reports the pause. */
function runChild(file: string, pauseTable?: string): Promise<{ output: string; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      '--import',
      TSX_LOADER,
      CHILD,
      file,
      ...(pauseTable ? [pauseTable] : []),
    ]);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('PAUSED_BEFORE_INSERT')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ output, signal }));
  });
}

function counts(file: string) {
  const db = openSqlite(file);
  try {
    const count = (table: string) =>
      (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return {
      persons: count('persons'),
      cases: count('cases'),
      visits: count('visits'),
      visit_persons: count('visit_persons'),
      audit_log: count('audit_log'),
      integrity: (db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check,
    };
  } finally {
    db.close();
  }
}

describe('a save killed mid-transaction', () => {
  it('leaves nothing: the person and case written before the kill are rolled back', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-crash-')), 'crash.db');
    const run = await runChild(file, 'visits');
    expect(run.output).toContain('PAUSED_BEFORE_INSERT visits');
    expect(run.signal).toBe('SIGKILL');
    expect(counts(file)).toEqual({
      persons: 0,
      cases: 0,
      visits: 0,
      visit_persons: 0,
      audit_log: 0,
      integrity: 'ok',
    });
  });

  it('keeps the whole visit once the save is acknowledged, after the process ends', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-crash-')), 'whole.db');
    const run = await runChild(file);
    expect(run.output).toMatch(/SAVED \d+/);
    expect(counts(file)).toEqual({
      persons: 1,
      cases: 1,
      visits: 1,
      visit_persons: 1,
      audit_log: 1,
      integrity: 'ok',
    });
  });
});
