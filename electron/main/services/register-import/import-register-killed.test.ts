import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../db/create-db';
import { migrateToLatest } from '../../db/migrate';
import { daysOutOfStep } from '../reports/day-cells-check';
import { importRegisterFile } from './import-register';
import { testContext } from '../../../../test/fixtures/test-db';

const ROOT = join(import.meta.dirname, '../../../..');
const CHILD = join(ROOT, 'test/fixtures/import-killed-child.ts');
/** tsx's loader inside the child itself, so the SIGKILL reaches the process that writes. */
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

function importUntilKilled(
  file: string,
  register: string,
): Promise<{ signal: string | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, CHILD, file, register]);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('WRITING')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, output }));
  });
}

describe('a register import killed while it writes', () => {
  it('leaves nothing half-written: no visit, the day-cell trigger in place, and a clean import after', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tiepdan-killed-'));
    const file = join(folder, 'tiepdan.db');
    const setup = createDb(file);
    await migrateToLatest(setup);
    await setup.destroy();
    const register = join(folder, 'so-cu.csv');
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `0${(i % 9) + 1}/03/2024 08:00,Người ${i},Xã A,kien nghi,Nội dung ${i},${(i % 3) + 1}`,
    );
    writeFileSync(register, `ngay_tiep,ho_ten,dia_chi,phan_loai,noi_dung,so_nguoi\n${rows.join('\n')}\n`);

    const killed = await importUntilKilled(file, register);
    expect([killed.signal, killed.output.trim()]).toEqual(['SIGKILL', 'WRITING']);

    const db = createDb(file);
    try {
      const counts = await sql<{ visits: number; cells: number; triggers: number }>`select
        (select count(*) from visits) as visits, (select count(*) from visit_day_cells) as cells,
        (select count(*) from sqlite_master where type = 'trigger' and name like 'visit_day_cells_%') as triggers`.execute(
        db,
      );
      expect(counts.rows).toEqual([{ visits: 0, cells: 0, triggers: 3 }]);
      const result = await importRegisterFile(testContext(db), register, { dryRun: false });
      expect(result.imported).toBe(1500);
      const people = await sql<{ n: number }>`select sum(people) as n from visit_day_cells`.execute(db);
      expect(people.rows).toEqual([{ n: 3000 }]);
      expect(await daysOutOfStep(db)).toEqual([]);
    } finally {
      await db.destroy();
    }
  }, 60_000);
});
