import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PetitionDecisionInput } from '../../../../shared/contract/petitions';
import { CLASSIFICATIONS } from '../../../../shared/domain/classification';
import {
  COMPETENCES,
  ELIGIBILITIES,
  FORM_SUBJECTS,
  PETITION_LEVELS,
  PETITION_OUTCOMES,
} from '../../../../shared/domain/petitions';
import { createTestDb, fixedClock, testContext } from '../../../../test/fixtures/test-db';
import { petitionInput } from '../../../../test/fixtures/petition-input';
import type { DB } from '../../db/schema';
import { bieu02CellPetitions, computeBieu02Xld, tallyBieu02, type PetitionFact } from './bieu-02-xld';
import { createPetition } from './create-petition';
import { handlePetition } from './handle-petition';

const PERIOD = { from: '2026-03-15', to: '2026-06-14' };
const sender = (name: string, idNumber: string) => ({ fullName: name, idNumber, idType: 'cccd' });

/**
 * The hand-built set: each petition is registered and handled through the services, as an officer
 * would, then the form is computed for the period 15/3–14/6/2026.
 */
const SET = [
  // Carried over: received before the period, handled inside it (in competence, KN lần đầu, đất đai).
  {
    key: 'carried',
    petition: { receivedOn: '2026-03-10' },
    decision: {
      decidedOn: '2026-03-20',
      eligibility: 'du_dieu_kien',
      competence: 'thuoc',
      outcome: 'thu_ly',
    },
  },
  // Not carried: handled before the period began.
  {
    key: 'before',
    petition: { receivedOn: '2026-03-01', content: 'Đơn đã xử lý kỳ trước' },
    decision: {
      decidedOn: '2026-03-05',
      eligibility: 'du_dieu_kien',
      competence: 'thuoc',
      outcome: 'thu_ly',
    },
  },
  // Carried over and still not handled.
  {
    key: 'carried-open',
    petition: {
      receivedOn: '2026-02-20',
      content: 'Đơn tồn chưa xử lý',
      senders: [sender('Lê Văn Hùng', '001080099999')],
    },
    decision: null,
  },
  // Second-level complaint about chính sách.
  {
    key: 'kn-lan2',
    petition: {
      receivedOn: '2026-04-01',
      level: 'lan_hai',
      formSubject: 'chinh_sach',
      subject: 'chinh_sach',
      content: 'Khiếu nại lần 2 về chế độ',
      senders: [sender('Phạm Văn An', '001080011111')],
    },
    decision: {
      decidedOn: '2026-04-05',
      eligibility: 'du_dieu_kien',
      competence: 'thuoc',
      outcome: 'thu_ly',
    },
  },
  // Ineligible: counted as handled, not as eligible.
  {
    key: 'ineligible',
    petition: {
      receivedOn: '2026-04-02',
      content: 'Đơn không ký tên đủ',
      senders: [sender('Đỗ Thị Mai', '001170022222')],
    },
    decision: {
      decidedOn: '2026-04-03',
      eligibility: 'khong_du_dieu_kien',
      ineligibleReason: 'Đơn photocopy, không có chữ ký',
      outcome: 'luu_don',
    },
  },
  // Anonymous denunciation, tham nhũng, first time, in competence.
  {
    key: 'anonymous-tc',
    petition: {
      receivedOn: '2026-04-10',
      isAnonymous: true,
      senders: [],
      classification: 'to_cao',
      formSubject: 'tham_nhung',
      subject: 'tham_nhung',
      level: 'lan_dau',
      content: 'Tố cáo cán bộ nhận tiền',
    },
    decision: {
      decidedOn: '2026-04-12',
      eligibility: 'du_dieu_kien',
      competence: 'thuoc',
      outcome: 'thu_ly',
    },
  },
  // Repeat denunciation (tố cáo tiếp), hành chính.
  {
    key: 'tc-tiep',
    petition: {
      receivedOn: '2026-04-11',
      classification: 'to_cao',
      formSubject: 'hanh_chinh',
      subject: 'hanh_chinh_khac',
      level: 'tiep',
      content: 'Tố cáo tiếp việc cấp phép',
      senders: [sender('Vũ Văn Bình', '001080033333')],
    },
    decision: {
      decidedOn: '2026-04-15',
      eligibility: 'du_dieu_kien',
      competence: 'thuoc',
      outcome: 'thu_ly',
    },
  },
  // KN-PA about đất đai, in competence.
  {
    key: 'kn-pa',
    petition: {
      receivedOn: '2026-05-02',
      classification: 'phan_anh',
      formSubject: 'dat_dai',
      subject: 'dat_dai',
      level: null,
      content: 'Phản ánh lấn chiếm đất công',
      senders: [sender('Hoàng Văn Cường', '001080044444')],
    },
    decision: {
      decidedOn: '2026-05-04',
      eligibility: 'du_dieu_kien',
      competence: 'thuoc',
      outcome: 'thu_ly',
    },
  },
  // Not in competence: forwarded.
  {
    key: 'forwarded',
    petition: {
      receivedOn: '2026-05-10',
      classification: 'kien_nghi',
      formSubject: 'khac',
      subject: 'khac',
      level: null,
      content: 'Kiến nghị về trường học',
      senders: [sender('Ngô Thị Hoa', '001170055555')],
    },
    decision: {
      decidedOn: '2026-05-12',
      eligibility: 'du_dieu_kien',
      competence: 'khong_thuoc',
      outcome: 'chuyen_don',
      forwardedTo: 'Sở Giáo dục và Đào tạo',
    },
  },
  // Not in competence: guided.
  {
    key: 'guided',
    petition: {
      receivedOn: '2026-05-11',
      content: 'Khiếu nại bản án dân sự',
      formSubject: 'khac',
      subject: 'tu_phap',
      senders: [sender('Mai Văn Dũng', '001080066666')],
    },
    decision: {
      decidedOn: '2026-05-11',
      eligibility: 'du_dieu_kien',
      competence: 'khong_thuoc',
      outcome: 'huong_dan',
    },
  },
  // Same content from the same person as "carried": joins its case (col 5 counts the case once).
  {
    key: 'same-case',
    petition: { receivedOn: '2026-05-20' },
    decision: {
      decidedOn: '2026-05-22',
      eligibility: 'du_dieu_kien',
      competence: 'thuoc',
      outcome: 'thu_ly',
    },
  },
  // Received in the period, handled after it: counted in col 1 only.
  {
    key: 'handled-after',
    petition: {
      receivedOn: '2026-06-10',
      content: 'Đơn nhận cuối kỳ',
      senders: [sender('Lý Văn Tư', '001080077777')],
    },
    decision: {
      decidedOn: '2026-06-20',
      eligibility: 'du_dieu_kien',
      competence: 'thuoc',
      outcome: 'thu_ly',
    },
  },
  // Received after the period: not counted.
  {
    key: 'after',
    petition: {
      receivedOn: '2026-06-15',
      content: 'Đơn kỳ sau',
      senders: [sender('Lý Văn Năm', '001080088888')],
    },
    decision: null,
  },
] as const;

let db: Kysely<DB>;
let ids: Record<string, number>;
let table: Awaited<ReturnType<typeof computeBieu02Xld>>;

beforeAll(async () => {
  db = await createTestDb();
  const ctx = testContext(db, fixedClock('2026-07-01T02:00:00Z'));
  ids = {};
  for (const entry of SET) {
    const saved = await createPetition(ctx, petitionInput(entry.petition));
    ids[entry.key] = saved.id;
    if (entry.decision !== null) {
      await handlePetition(ctx, PetitionDecisionInput.parse({ id: saved.id, ...entry.decision }));
    }
  }
  table = await computeBieu02Xld(db, PERIOD, 'UBND xã Phú Hữu');
});
afterAll(async () => {
  await db.destroy();
});

describe('Biểu 02/XLD on the hand-built set', () => {
  const expected: [string, number, string[]][] = [
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
  it.each(expected)('column %s = %i', (column, value, keys) => {
    const row = table.table.rows[0]!;
    expect(row.values[column]).toBe(value);
    const source = table.sources['office']?.[column];
    expect(source?.kind).toBe('petitions');
    expect([...(source?.ids ?? [])].sort((a, b) => a - b)).toEqual(
      keys.map((key) => ids[key]!).sort((a, b) => a - b),
    );
  });

  it('column 5 counts cases: the same person and content joined one case', () => {
    expect(table.table.rows[0]!.values['5']).toBe(5);
    expect(table.sources['office']?.['5']?.kind).toBe('cases');
    expect(table.sources['office']?.['5']?.ids).toHaveLength(5);
  });

  it('drills down from a figure to its petitions, and from column 5 to its cases', async () => {
    const forwarded = await bieu02CellPetitions(db, PERIOD, '25');
    expect(forwarded).toEqual({ ids: [ids['forwarded']], caseIds: [] });
    const cases = await bieu02CellPetitions(db, PERIOD, '5');
    expect(cases.ids).toHaveLength(6);
    expect(cases.caseIds).toHaveLength(5);
  });

  it('has the form layout, and every identity holds', () => {
    const t = table.table;
    expect([t.reportId, t.definitionVersion, t.formCode, t.columns.length]).toEqual([
      'bieu-02-xld',
      'tt06-2025',
      'Biểu số 02/XLD',
      25,
    ]);
    for (const headerRow of t.header.slice(0, 1))
      expect(headerRow.reduce((n, c) => n + c.colSpan, 0)).toBe(26);
    expect(t.header[3]!.reduce((n, c) => n + c.colSpan, 0)).toBe(17);
    expect(t.identities.map((i) => [i.expression, i.holds])).toEqual([
      ['3 = 4+23', true],
      ['4 = 6+12+19', true],
      ['6 = 7+8', true],
      ['6 = 9+10+11', true],
      ['12 = 13+14', true],
      ['12 = 15+16+17+18', true],
      ['19 = 20+21+22', true],
      ['23 = 24+25', true],
    ]);
    expect(t.rows[0]!.label).toBe('UBND xã Phú Hữu');
    expect(t.period).toEqual({
      spec: '2026-03-15..2026-06-14',
      from: '2026-03-15',
      to: '2026-06-14',
      label: 'Từ ngày 15/03/2026 đến ngày 14/06/2026',
    });
    expect(t.notes[1]).toBe(
      'Cột 1 gồm 2 đơn kỳ trước chuyển sang (nhận trước kỳ, chưa xử lý khi bắt đầu kỳ).',
    );
  });
});

const dateArb = fc.integer({ min: 0, max: 400 }).map((offset) => {
  const date = new Date(Date.UTC(2026, 0, 1 + offset));
  return date.toISOString().slice(0, 10);
});

const factArb: fc.Arbitrary<PetitionFact> = fc.record({
  id: fc.integer({ min: 1, max: 1_000_000 }),
  receivedOn: dateArb,
  handledOn: fc.option(dateArb, { nil: null }),
  classification: fc.constantFrom(...CLASSIFICATIONS),
  level: fc.option(fc.constantFrom(...PETITION_LEVELS), { nil: null }),
  formSubject: fc.constantFrom(...FORM_SUBJECTS),
  eligibility: fc.option(fc.constantFrom(...ELIGIBILITIES), { nil: null }),
  competence: fc.option(fc.constantFrom(...COMPETENCES), { nil: null }),
  outcome: fc.option(fc.constantFrom(...PETITION_OUTCOMES), { nil: null }),
  caseId: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
});

describe('Biểu 02/XLD identities on generated data', () => {
  it('hold for every period and any mix of stored facts, and the columns nest 1 ≥ 2 ≥ 3 ≥ 4 ≥ 5', () => {
    fc.assert(
      fc.property(fc.array(factArb, { maxLength: 60 }), dateArb, dateArb, (facts, a, b) => {
        const period = a <= b ? { from: a, to: b } : { from: b, to: a };
        const { values } = tallyBieu02(facts, period);
        const sum = (...columns: number[]) => columns.reduce((n, c) => n + (values[String(c)] ?? 0), 0);
        expect(values['3']).toBe(sum(4, 23));
        expect(values['4']).toBe(sum(6, 12, 19));
        expect(values['6']).toBe(sum(7, 8));
        expect(values['6']).toBe(sum(9, 10, 11));
        expect(values['12']).toBe(sum(13, 14));
        expect(values['12']).toBe(sum(15, 16, 17, 18));
        expect(values['19']).toBe(sum(20, 21, 22));
        expect(values['23']).toBe(sum(24, 25));
        expect(
          values['1']! >= values['2']! && values['2']! >= values['3']! && values['3']! >= values['4']!,
        ).toBe(true);
        expect(values['5']! <= values['4']!).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
