import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../db/create-db';
import { verifyAuditChain } from '../audit-verify';

const ROOT = join(import.meta.dirname, '../../../..');
const CHILD = join(ROOT, 'test/fixtures/sigkill-save-child.ts');
/**
 * tsx's loader inside the child itself: the `tsx` command would run the script in a grandchild, and a
 * SIGKILL of the command (which cannot be relayed) would leave the real writer running.
 */
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

interface Ack {
  visitId: number;
  caseId: number;
  idNumber: string;
}

/**
 * Runs the saving child and SIGKILLs it at a random moment after `after` acknowledged saves (a random
 * 0–20 ms later, so the kill lands anywhere in the next save: before, inside or after its commit).
 */
function saveUntilKilled(
  file: string,
  run: number,
  after: number,
): Promise<{ acks: Ack[]; signal: string | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, CHILD, file, String(run)]);
    let output = '';
    let killScheduled = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const count = output.split('\n').filter((line) => line.startsWith('ACK ')).length;
      if (count >= after && !killScheduled) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 20));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      const acks = output
        .split('\n')
        .filter((line) => line.startsWith('ACK '))
        .map((line) => {
          const [, visitId, caseId, idNumber] = line.split(' ');
          return { visitId: Number(visitId), caseId: Number(caseId), idNumber: idNumber ?? '' };
        });
      resolve({ acks, signal, output });
    });
  });
}

/** The acknowledged visits missing anything: the visit, its person, its case or its audit entry. */
function missingAfterReopen(file: string, acks: Ack[]): string[] {
  const sqlite = new Database(file);
  try {
    const visit = sqlite.prepare(
      `select v.id, p.id_number, c.id as case_id,
        (select count(*) from audit_log a where a.action = 'visit.create' and a.entity_id = cast(v.id as text)) as audits
       from visits v join persons p on p.id = v.person_id join cases c on c.id = v.case_id where v.id = ?`,
    );
    return acks.flatMap((ack) => {
      const row = visit.get(ack.visitId) as
        | { id_number: string; case_id: number; audits: number }
        | undefined;
      const ok = row && row.id_number === ack.idNumber && row.case_id === ack.caseId && row.audits === 1;
      return ok ? [] : [`lượt #${ack.visitId} (${ack.idNumber}): ${JSON.stringify(row ?? null)}`];
    });
  } finally {
    sqlite.close();
  }
}

function integrity(file: string): string {
  const sqlite = new Database(file);
  try {
    return (sqlite.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
  } finally {
    sqlite.close();
  }
}

describe('saves killed with SIGKILL at a random moment', () => {
  it('keep every acknowledged visit with its person, case and audit entry, run after run', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-sigkill-')), 'sigkill.db');
    const all: Ack[] = [];
    for (let run = 1; run <= 3; run += 1) {
      const after = 10 + Math.floor(Math.random() * 30);
      const result = await saveUntilKilled(file, run, after);
      expect(result.signal, result.output).toBe('SIGKILL');
      expect(result.acks.length).toBeGreaterThanOrEqual(after);
      all.push(...result.acks);
      expect(missingAfterReopen(file, all)).toEqual([]);
      expect(integrity(file)).toBe('ok');
    }
    const db = createDb(file);
    try {
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, problem: null });
    } finally {
      await db.destroy();
    }
  }, 60_000);
});
