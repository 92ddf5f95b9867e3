import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createTestDb, fixedClock, testContext } from '../../../../test/fixtures/test-db';
import type { DB } from '../../db/schema';
import { importRegisterFile } from './import-register';

const SAMPLE = join(import.meta.dirname, '../../../../test/fixtures/register-sample.csv');
const NOW = new Date('2026-11-27T02:30:00Z');

let db: Kysely<DB>;
beforeEach(async () => {
  db = await createTestDb();
});
afterEach(async () => {
  await db.destroy();
});

const ctx = () => testContext(db, fixedClock(NOW.toISOString()));
const count = async (table: 'visits' | 'cases' | 'persons' | 'reception_sessions') =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

function writeCsv(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-import-')), 'so-cu.csv');
  writeFileSync(file, `\ufeff${lines.join('\n')}\n`);
  return file;
}

const HEADER = 'ngay_tiep,ho_ten,so_giay_to,dia_chi,phan_loai,linh_vuc,noi_dung,ma_vu_viec,so_nguoi';

describe('importRegisterFile', () => {
  it('dry run of a file with errors in several rows reports every error and writes nothing', async () => {
    const file = writeCsv([
      HEADER,
      '05/03/2024,Nguyễn Văn A,001085000001,Xã Phú Hữu,khiếu nại,dat_dai,Nội dung 1,K1,1',
      '31/02/2024,Trần Thị B,,Phường 1,kien nghi,khac,Nội dung 2,,1',
      '06/03/2024,,,,to cao,khac,Nội dung 3,,1',
      '07/03/2024,Lê Văn C,,Xã X,khieu nai dat,khac,Nội dung 4,,0',
    ]);
    const result = await importRegisterFile(ctx(), file, { dryRun: true });
    const errors = result.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column]);
    expect(errors).toEqual([
      [3, 'ngay_tiep'],
      [4, 'ho_ten'],
      [5, 'so_nguoi'],
      [5, 'phan_loai'],
    ]);
    expect(result).toMatchObject({ dryRun: true, totalRows: 4, validRows: 1, imported: 0 });
    expect(await count('visits')).toBe(0);
  });

  it('imports the sample register, links case keys, marks lần đầu, and adds nothing the second time', async () => {
    const first = await importRegisterFile(ctx(), SAMPLE, { dryRun: false });
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(first.imported).toBe(first.validRows);
    const visits = await count('visits');
    expect(visits).toBe(first.validRows);

    const caseRows = await db
      .selectFrom('visits')
      .innerJoin('cases', 'cases.id', 'visits.case_id')
      .select(['cases.external_key', 'visits.received_at', 'visits.is_first_reception'])
      .where('cases.external_key', '=', 'import:VV-2024-001')
      .orderBy('visits.received_at')
      .execute();
    expect(caseRows.length).toBeGreaterThanOrEqual(3);
    expect(caseRows.map((r) => r.is_first_reception)).toEqual([1, ...caseRows.slice(1).map(() => 0)]);
    const persons = await db
      .selectFrom('persons')
      .select('id')
      .where('id_number', '=', '001085000001')
      .execute();
    expect(persons).toHaveLength(1);

    const again = await importRegisterFile(ctx(), SAMPLE, { dryRun: false });
    expect(again).toMatchObject({ imported: 0, alreadyImported: first.validRows });
    expect(await count('visits')).toBe(visits);
    const audit = await db.selectFrom('audit_log').select(['action', 'detail']).execute();
    expect(audit.map((a) => a.action)).toEqual(['register.import']);
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({
      file: 'register-sample.csv',
      imported: first.validRows,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    });
  });

  it('matches a citizen without ID number by folded name and address', async () => {
    const file = writeCsv([
      HEADER,
      '05/03/2024,Phạm Thị Hoà,,"Ấp 2, xã Tân Lập",kien nghi,khac,Kiến nghị 1,,1',
      '06/03/2024,Pham Thi Hoa,,"ấp 2, xa Tan Lap",kien nghi,khac,Kiến nghị 2,,1',
      '07/03/2024,Phạm Thị Hoà,,Xã khác,kien nghi,khac,Kiến nghị 3,,1',
    ]);
    await importRegisterFile(ctx(), file, { dryRun: false });
    expect(await count('persons')).toBe(2);
  });

  it('writes nothing when a row conflicts with a session already in the register', async () => {
    const head = 'ngay_tiep,hinh_thuc,ky_tiep,ho_ten,phan_loai,noi_dung';
    const file = writeCsv([
      head,
      '05/03/2024 08:00,dinh_ky,KT1,Ngô Văn D,khieu nai,Nội dung 1',
      '06/03/2024 08:00,dinh_ky,KT1,Ngô Văn E,khieu nai,Nội dung 2',
    ]);
    const result = await importRegisterFile(ctx(), file, { dryRun: false });
    expect(result.imported).toBe(0);
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column])).toEqual([
      [3, 'ky_tiep'],
    ]);
    expect(await count('visits')).toBe(0);
    expect(await count('reception_sessions')).toBe(0);
  });
});

describe('importRegisterFile limits', () => {
  it('refuses cells longer than the intake form allows, once per cell', async () => {
    const file = writeCsv([
      HEADER,
      `05/03/2024,${'Nguyễn '.repeat(30)},,Xã A,kien nghi,khac,Nội dung,,1`,
      `06/03/2024,Lê Văn B,,Xã A,kien nghi,khac,${'x'.repeat(10_001)},,1`,
    ]);
    const result = await importRegisterFile(ctx(), file, { dryRun: true });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([
      {
        row: 2,
        column: 'ho_ten',
        message: 'Cột "ho_ten": dài 209 ký tự, quá giới hạn 150; hãy rút gọn.',
        severity: 'error',
      },
      {
        row: 3,
        column: 'noi_dung',
        message: 'Cột "noi_dung": dài 10001 ký tự, quá giới hạn 10000; hãy rút gọn.',
        severity: 'error',
      },
    ]);
  });
});
