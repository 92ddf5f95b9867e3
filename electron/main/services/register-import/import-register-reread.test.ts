import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, testContext } from '../../../../test/fixtures/test-db';
import type { DB } from '../../db/schema';
import { importRegisterFile } from './import-register';

const NOW = new Date('2026-11-27T02:30:00Z');
const HEADER = 'ngay_tiep,ho_ten,so_giay_to,dia_chi,phan_loai,noi_dung,ma_vu_viec';
const ROWS = [
  '05/03/2024,Nguyễn Văn A,001085000001,Xã Phú Hữu,khiếu nại,Nội dung 1,K1',
  '06/03/2024,Trần Thị B,,Phường 1,kien nghi,Nội dung 2,',
  '07/03/2024,Nguyễn Văn A,001085000001,Xã Phú Hữu,khiếu nại,Nội dung 3,K1',
];

let db: Kysely<DB>;
beforeEach(async () => {
  db = await createTestDb();
});
afterEach(async () => {
  await db.destroy();
});

function writeCsv(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-import-')), 'so-cu.csv');
  writeFileSync(file, `\ufeff${lines.join('\n')}\n`);
  return file;
}

describe('importRegisterFile reading rows again from the file', () => {
  it('writes nothing when the file is changed after it was read', async () => {
    const file = writeCsv([HEADER, ...ROWS]);
    // The clock is read once the file has been read and checked: the moment to change it underneath.
    const clock = (): Date => {
      writeFileSync(file, `\ufeff${[HEADER, ...ROWS].join('\n').replace('Nội dung 2', 'Nội dung X')}\n`);
      return NOW;
    };
    const result = await importRegisterFile({ ...testContext(db), clock }, file, { dryRun: false });
    expect(result.imported).toBe(0);
    expect(result.problems).toEqual([
      {
        row: null,
        column: null,
        message:
          'Tệp "so-cu.csv" đã bị sửa trong lúc đang nhập nên chưa nhập dòng nào; hãy đóng tệp (Excel) rồi nhập lại.',
        severity: 'error',
      },
    ]);
    const visits = await db.selectFrom('visits').select('id').execute();
    const audit = await db.selectFrom('audit_log').select('id').execute();
    expect([visits.length, audit.length]).toEqual([0, 0]);
  });

  it('numbers new cases on from the year counters already in the register and stores the last number', async () => {
    await db.insertInto('counters').values({ key: 'case:2024', value: 41 }).execute();
    const file = writeCsv([HEADER, ...ROWS]);
    const result = await importRegisterFile(testContext(db), file, { dryRun: false });
    expect(result).toMatchObject({ imported: 3, createdCases: 2 });
    const cases = await db.selectFrom('cases').select(['code', 'external_key']).orderBy('id').execute();
    expect(cases).toEqual([
      { code: 'VV-2024-00042', external_key: 'import:K1' },
      { code: 'VV-2024-00043', external_key: null },
    ]);
    const counter = await db
      .selectFrom('counters')
      .select('value')
      .where('key', '=', 'case:2024')
      .executeTakeFirst();
    expect(counter?.value).toBe(43);
    const first = await db
      .selectFrom('visits')
      .select(['content', 'is_first_reception'])
      .orderBy('id')
      .execute();
    expect(first.map((v) => v.is_first_reception)).toEqual([1, 1, 0]);
  });
});
