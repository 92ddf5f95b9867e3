import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testContext } from '../../../../test/fixtures/test-db';
import { useTestDb } from '../../../../test/fixtures/use-test-db';
import { visitInput } from '../../../../test/fixtures/visit-input';
import { daysOutOfStep } from '../reports/day-cells-check';
import { createVisit } from '../visits/create-visit';
import { importRegisterFile } from './import-register';

const { db } = useTestDb();

function registerFile(rows: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-cells-')), 'so-cu.csv');
  writeFileSync(file, `ngay_tiep,ho_ten,dia_chi,phan_loai,noi_dung,so_nguoi\n${rows.join('\n')}\n`);
  return file;
}

const TRIGGERS = ['visit_day_cells_delete', 'visit_day_cells_insert', 'visit_day_cells_update'];

async function triggers(): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from sqlite_master
    where type = 'trigger' and tbl_name = 'visits' order by name`.execute(db());
  return result.rows.map((row) => row.name);
}

async function cellTotals() {
  const result = await sql<{ cells: number; visits: number; people: number }>`
    select count(*) as cells, sum(visits) as visits, sum(people) as people from visit_day_cells`.execute(
    db(),
  );
  return result.rows[0];
}

describe('register import and the day cells', () => {
  it('adds the visits it wrote to the cells at once, so the cells match the register after the import', async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) =>
        `0${(i % 3) + 1}/03/2024 08:${String(i).padStart(2, '0')},Người ${i},Xã A,kien nghi,Việc ${i},${i === 7 ? 6 : 1}`,
    );
    const result = await importRegisterFile(testContext(db()), registerFile(rows), { dryRun: false });
    expect(result.imported).toBe(30);
    expect(await cellTotals()).toEqual({ cells: 4, visits: 30, people: 35 });
    expect(await daysOutOfStep(db())).toEqual([]);
    expect(await triggers()).toEqual(TRIGGERS);
  });

  it('adds to the cells of days that already held visits', async () => {
    const first = [
      '01/03/2024 08:00,Người A,Xã A,kien nghi,Việc A,1',
      '02/03/2024 08:00,Người B,Xã A,khieu nai,Việc B,2',
    ];
    await importRegisterFile(testContext(db()), registerFile(first), { dryRun: false });
    const second = [
      '01/03/2024 09:00,Người C,Xã A,kien nghi,Việc C,1',
      '02/03/2024 09:00,Người D,Xã A,khieu nai,Việc D,2',
      '03/03/2024 09:00,Người E,Xã A,phan anh,Việc E,1',
    ];
    const result = await importRegisterFile(testContext(db()), registerFile(second), { dryRun: false });
    expect(result.imported).toBe(3);
    expect(await cellTotals()).toEqual({ cells: 3, visits: 5, people: 7 });
    const cells = await sql`select received_on, classification, visits, people from visit_day_cells
      order by received_on`.execute(db());
    expect(cells.rows).toEqual([
      { received_on: '2024-03-01', classification: 'kien_nghi', visits: 2, people: 2 },
      { received_on: '2024-03-02', classification: 'khieu_nai', visits: 2, people: 4 },
      { received_on: '2024-03-03', classification: 'phan_anh', visits: 1, people: 1 },
    ]);
    expect(await daysOutOfStep(db())).toEqual([]);
  });

  it('puts the insert trigger back when an import is rolled back, and it counts the next save', async () => {
    await sql`create trigger fail_import before insert on audit_log begin select raise(abort, 'hỏng'); end`.execute(
      db(),
    );
    await expect(
      importRegisterFile(testContext(db()), registerFile(['01/03/2024,Người A,Xã A,kien nghi,Việc A,1']), {
        dryRun: false,
      }),
    ).rejects.toThrow('hỏng');
    expect(await triggers()).toEqual(TRIGGERS);
    expect(await cellTotals()).toEqual({ cells: 0, visits: null, people: null });
    await sql`drop trigger fail_import`.execute(db());
    await createVisit(testContext(db()), visitInput());
    expect(await cellTotals()).toEqual({ cells: 1, visits: 1, people: 1 });
  });
});
