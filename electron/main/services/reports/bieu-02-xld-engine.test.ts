import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TallyResult } from '../../../../shared/reports/report-types';
import { createTestDb, fixedClock } from '../../../../test/fixtures/test-db';
import { seedPetitionSet } from '../../../../test/fixtures/petition-set';
import type { DB } from '../../db/schema';
import { MASKED_NAME } from '../confidentiality';
import { drill } from './drill';
import { defaultReceptionFigures } from './reception-figures-source';
import { createTallyEngine, type TallyEngine } from './tally-engine';

const OFFICE = 'UBND xã Phú Hữu';
const PERIOD = '2026-03-15..2026-06-14';

let db: Kysely<DB>;
let ids: Record<string, number>;
let engine: TallyEngine;
let result: TallyResult;

beforeAll(async () => {
  db = await createTestDb();
  await db
    .insertInto('settings')
    .values({ key: 'office_name', value: JSON.stringify(OFFICE), updated_at: '2026-01-01T00:00:00Z' })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(OFFICE) }))
    .execute();
  ids = await seedPetitionSet(db);
  engine = createTallyEngine({
    db,
    clock: fixedClock('2026-07-01T02:00:00Z'),
    appVersion: 'test',
    receptionFigures: defaultReceptionFigures,
  });
  result = await engine.compute({ periodSpec: PERIOD, compare: true });
});
afterAll(async () => {
  await db.destroy();
});

const bieu02 = (reports: readonly TallyResult['reports'][number][] | undefined) =>
  reports?.find((report) => report.reportId === 'bieu-02-xld');

const petitionsOf = (keys: string[]) => keys.map((key) => ids[key]!).sort((a, b) => a - b);

/** Column, value, the petitions behind it (by the set's keys). */
const EXPECTED: [string, number, string[]][] = [
  [
    '1',
    11,
    [
      'carried',
      'carried-open',
      'kn-lan2',
      'ineligible',
      'anonymous-tc',
      'tc-tiep',
      'kn-pa',
      'forwarded',
      'guided',
      'same-case',
      'handled-after',
    ],
  ],
  [
    '2',
    9,
    [
      'carried',
      'kn-lan2',
      'ineligible',
      'anonymous-tc',
      'tc-tiep',
      'kn-pa',
      'forwarded',
      'guided',
      'same-case',
    ],
  ],
  ['3', 8, ['carried', 'kn-lan2', 'anonymous-tc', 'tc-tiep', 'kn-pa', 'forwarded', 'guided', 'same-case']],
  ['4', 6, ['carried', 'kn-lan2', 'anonymous-tc', 'tc-tiep', 'kn-pa', 'same-case']],
  ['6', 3, ['carried', 'kn-lan2', 'same-case']],
  ['7', 2, ['carried', 'same-case']],
  ['8', 1, ['kn-lan2']],
  ['9', 2, ['carried', 'same-case']],
  ['10', 1, ['kn-lan2']],
  ['11', 0, []],
  ['12', 2, ['anonymous-tc', 'tc-tiep']],
  ['13', 1, ['anonymous-tc']],
  ['14', 1, ['tc-tiep']],
  ['15', 1, ['tc-tiep']],
  ['16', 1, ['anonymous-tc']],
  ['17', 0, []],
  ['18', 0, []],
  ['19', 1, ['kn-pa']],
  ['20', 0, []],
  ['21', 1, ['kn-pa']],
  ['22', 0, []],
  ['23', 2, ['forwarded', 'guided']],
  ['24', 1, ['guided']],
  ['25', 1, ['forwarded']],
];

describe('Biểu 02/XLD computed by the tally engine', () => {
  it('is in the TT 06/2025 set after Biểu 01/TCD, laid out as the form, with every identity checked', () => {
    expect(result.regime).toBe('tt06-2025');
    expect(result.reports.map((report) => report.reportId).slice(0, 2)).toEqual([
      'bieu-01-tcd',
      'bieu-02-xld',
    ]);
    const table = bieu02(result.reports)!;
    expect([table.formCode, table.title, table.definitionVersion, table.columns.length]).toEqual([
      'Biểu số 02/XLD',
      'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN',
      'tt06-2025',
      25,
    ]);
    expect(table.rows.map((row) => [row.key, row.label])).toEqual([['don-vi', OFFICE]]);
    expect(
      table.identities.map((check) => [check.rowKey, check.expression, check.left, check.holds]),
    ).toEqual([
      ['don-vi', '3 = 4+23', 8, true],
      ['don-vi', '4 = 6+12+19', 6, true],
      ['don-vi', '6 = 7+8', 3, true],
      ['don-vi', '6 = 9+10+11', 3, true],
      ['don-vi', '12 = 13+14', 2, true],
      ['don-vi', '12 = 15+16+17+18', 2, true],
      ['don-vi', '19 = 20+21+22', 1, true],
      ['don-vi', '23 = 24+25', 2, true],
    ]);
  });

  it.each(EXPECTED)(
    'column %s = %i, and drills down to exactly its petitions',
    async (column, value, keys) => {
      expect(bieu02(result.reports)!.rows[0]!.values[column]).toBe(value);
      const cell = await drill(engine, {
        periodSpec: PERIOD,
        reportId: 'bieu-02-xld',
        rowKey: 'don-vi',
        column,
        isCompared: false,
      });
      expect([cell.kind, cell.value, cell.total]).toEqual(['petitions', value, keys.length]);
      expect(cell.records.map((record) => record.id).sort((a, b) => a - b)).toEqual(petitionsOf(keys));
    },
  );

  it('column 5 counts cases once: the same person and content joined one case', async () => {
    expect(bieu02(result.reports)!.rows[0]!.values['5']).toBe(5);
    const cell = await drill(engine, {
      periodSpec: PERIOD,
      reportId: 'bieu-02-xld',
      rowKey: 'don-vi',
      column: '5',
      isCompared: false,
    });
    expect([cell.kind, cell.value, cell.total]).toEqual(['cases', 5, 5]);
    const caseOf = async (key: string) =>
      (
        await db
          .selectFrom('petitions')
          .select('case_id')
          .where('id', '=', ids[key]!)
          .executeTakeFirstOrThrow()
      ).case_id;
    expect(await caseOf('same-case')).toBe(await caseOf('carried'));
    const expectedCases = await Promise.all(
      ['carried', 'kn-lan2', 'anonymous-tc', 'tc-tiep', 'kn-pa'].map(caseOf),
    );
    expect(cell.records.map((record) => record.id).sort((a, b) => a - b)).toEqual(
      [...expectedCases].sort((a, b) => a! - b!),
    );
  });

  it('lists a drilled petition with its number and link, and hides a denouncer behind the mask', async () => {
    const forwarded = await drill(engine, {
      periodSpec: PERIOD,
      reportId: 'bieu-02-xld',
      rowKey: 'don-vi',
      column: '25',
      isCompared: false,
    });
    const caseCode = await db
      .selectFrom('petitions')
      .innerJoin('cases', 'cases.id', 'petitions.case_id')
      .select('cases.code')
      .where('petitions.id', '=', ids['forwarded']!)
      .executeTakeFirstOrThrow();
    expect(forwarded.records).toEqual([
      {
        id: ids['forwarded'],
        date: '10/05/2026',
        title: 'Đơn số 9/2026 · Ngô Thị Hoa',
        detail: `Kiến nghị · Khác · Chuyển đơn · vụ việc ${caseCode.code}`,
        link: `/don-thu/${ids['forwarded']}`,
      },
    ]);
    const denounced = await drill(engine, {
      periodSpec: PERIOD,
      reportId: 'bieu-02-xld',
      rowKey: 'don-vi',
      column: '14',
      isCompared: false,
    });
    expect(denounced.records[0]!.title).toBe(`Đơn số 7/2026 · ${MASKED_NAME}`);
    expect(JSON.stringify(denounced)).not.toContain('Vũ Văn Bình');
    const anonymous = await drill(engine, {
      periodSpec: PERIOD,
      reportId: 'bieu-02-xld',
      rowKey: 'don-vi',
      column: '16',
      isCompared: false,
    });
    expect(anonymous.records[0]!.title).toBe('Đơn số 6/2026 · Đơn nặc danh');
  });

  it('computes "cùng kỳ" (15/3–14/6/2025) the same way, and drills into it', async () => {
    const compared = bieu02(result.compare?.reports)!;
    expect(compared.period).toEqual({
      spec: '2025-03-15..2025-06-14',
      from: '2025-03-15',
      to: '2025-06-14',
      label: 'Từ ngày 15/03/2025 đến ngày 14/06/2025',
    });
    const nonZero = Object.fromEntries(
      Object.entries(compared.rows[0]!.values).filter(([, value]) => value > 0),
    );
    expect(nonZero).toEqual({ '1': 1, '2': 1, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '9': 1 });
    expect(compared.identities.every((check) => check.holds)).toBe(true);
    const cell = await drill(engine, {
      periodSpec: PERIOD,
      reportId: 'bieu-02-xld',
      rowKey: 'don-vi',
      column: '9',
      isCompared: true,
    });
    expect(cell.records.map((record) => record.id)).toEqual([ids['last-year']]);
  });

  it("is not part of the older regimes' sets", async () => {
    const older = await engine.compute({ periodSpec: PERIOD, regime: 'tt01-2024', compare: false });
    expect(bieu02(older.reports)).toBeUndefined();
    await expect(
      drill(engine, {
        periodSpec: PERIOD,
        regime: 'tt01-2024',
        reportId: 'bieu-02-xld',
        rowKey: 'don-vi',
        column: '1',
        isCompared: false,
      }),
    ).rejects.toThrow('Không tìm thấy số liệu này trong báo cáo; hãy tổng hợp lại rồi chọn lại.');
  });
});
