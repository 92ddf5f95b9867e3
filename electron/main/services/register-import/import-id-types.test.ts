import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createTestDb, fixedClock, testContext } from '../../../../test/fixtures/test-db';
import { visitInput } from '../../../../test/fixtures/visit-input';
import type { DB } from '../../db/schema';
import { createVisit } from '../visits/create-visit';
import { importRegisterFile } from './import-register';

let db: Kysely<DB>;
beforeEach(async () => {
  db = await createTestDb();
});
afterEach(async () => {
  await db.destroy();
});

const ctx = () => testContext(db, fixedClock('2026-11-27T02:30:00Z'));

function writeCsv(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-import-ids-')), 'so-cu.csv');
  writeFileSync(file, `\ufeff${lines.join('\n')}\n`);
  return file;
}

describe('importRegisterFile: the papers of Luật 136/2025', () => {
  it('stores each paper type and files a row under the citizen on file with the same number', async () => {
    await createVisit(ctx(), visitInput());
    const file = writeCsv([
      'ngay_tiep,ho_ten,gioi_tinh,nam_sinh,loai_giay_to,so_giay_to,phan_loai,noi_dung',
      '05/03/2026,Nguyễn Văn Đức,nam,1985,Số định danh cá nhân,001085012345,khiếu nại,Nội dung 1',
      '06/03/2026,Trần Thị Mai,nữ,1990,so can cuoc,079190000123,kien nghi,Nội dung 2',
      '07/03/2026,Phạm Thị Hoa,nữ,1970,Giấy chứng nhận căn cước,999170000123,phan anh,Nội dung 3',
      '08/03/2026,Lê Văn Hùng,nam,1980,GCN căn cước,B1234567,phan anh,Nội dung 4',
    ]);

    const result = await importRegisterFile(ctx(), file, { dryRun: false });

    expect(result.problems.map((p) => [p.row, p.column, p.severity, p.message])).toEqual([
      [
        5,
        'so_giay_to',
        'error',
        'Cột "so_giay_to" (số "B1234567"): Số giấy chứng nhận căn cước phải gồm đúng 12 chữ số; hãy kiểm tra lại.',
      ],
    ]);
    expect(result.imported).toBe(3);
    const people = await db
      .selectFrom('persons')
      .select(['id', 'full_name', 'id_type', 'id_number'])
      .orderBy('id')
      .execute();
    expect(people).toEqual([
      { id: 1, full_name: 'Nguyễn Văn Đức', id_type: 'cccd', id_number: '001085012345' },
      { id: 2, full_name: 'Trần Thị Mai', id_type: 'so_can_cuoc', id_number: '079190000123' },
      { id: 3, full_name: 'Phạm Thị Hoa', id_type: 'gcn_can_cuoc', id_number: '999170000123' },
    ]);
    const visitsOfFirst = await db
      .selectFrom('visits')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', 1)
      .executeTakeFirstOrThrow();
    expect(Number(visitsOfFirst.n)).toBe(2);
  });
});
