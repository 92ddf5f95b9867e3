import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, testContext } from '../../../../test/fixtures/test-db';
import { createEventBus } from '../../registry/event-bus';
import { sqliteConnection } from '../../db/create-db';
import type { DB } from '../../db/schema';
import { importRegisterFile } from './import-register';

let db: Kysely<DB>;
beforeEach(async () => {
  db = await createTestDb();
});
afterEach(async () => {
  await db.destroy();
});

function registerOf(rowCount: number): string {
  const rows = Array.from(
    { length: rowCount },
    (_, i) => `05/03/2024 08:${String(i % 60).padStart(2, '0')},Người ${i},Xã A,kien nghi,Nội dung ${i}`,
  );
  const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-import-')), 'so-cu.csv');
  writeFileSync(file, `ngay_tiep,ho_ten,dia_chi,phan_loai,noi_dung\n${rows.join('\n')}\n`);
  return file;
}

describe('importRegisterFile and the event loop', () => {
  it('lets other work run while it checks and writes thousands of rows', async () => {
    const file = registerOf(2500);
    // What other work would see at each turn of the event loop: how many visits are written so far.
    const count = sqliteConnection(db).prepare('select count(*) from visits').pluck();
    const seen: number[] = [];
    let isDone = false;
    const watch = (): void => {
      if (isDone) return;
      seen.push(count.get() as number);
      setImmediate(watch);
    };
    setImmediate(watch);
    const result = await importRegisterFile(testContext(db), file, { dryRun: false });
    isDone = true;
    expect(result.imported).toBe(2500);
    expect(seen.filter((n) => n > 0 && n < 2500)).toEqual([999, 1999]);
  });

  it('tells the windows how far it has got, every 1,000 rows checked and written', async () => {
    const events = createEventBus();
    const seen: unknown[] = [];
    events.subscribe((name, payload) => {
      if (name === 'import:progress') seen.push(payload);
    });
    await importRegisterFile(testContext(db, undefined, events), registerOf(2500), { dryRun: false });
    expect(seen).toEqual([
      { stage: 'check', done: 999, total: 2500 },
      { stage: 'check', done: 1999, total: 2500 },
      { stage: 'write', done: 999, total: 2500 },
      { stage: 'write', done: 1999, total: 2500 },
    ]);
  });
});
