import { describe, expect, it } from 'vitest';
import { makeTallyResult, type FixtureOptions } from '../../../../test/fixtures/tally-fixture';
import { buildDataPackage } from '../exports/data-package';
import { consolidatePackages, type PackageFile } from './consolidate';

const upstream = { code: 'UBNDTINH', name: 'Ban Tiếp công dân tỉnh' };
const options = { office: upstream, generatedAt: '2024-06-20T09:00:00+07:00', appVersion: '0.1.0' };

async function unitPackage(name: string, fixture: FixtureOptions): Promise<PackageFile> {
  return { name, bytes: (await buildDataPackage(makeTallyResult(fixture))).bytes };
}

const unitA = { officeCode: 'XA-A', officeName: 'UBND xã An Bình', seed: 11, compare: true };
const unitB = { officeCode: 'XA-B', officeName: 'UBND xã Bình Minh', seed: 12, compare: true };
const unitC = { officeCode: 'XA-C', officeName: 'UBND xã Cẩm Lệ', seed: 13, compare: true };

describe('upstream consolidation', () => {
  it('one Biểu 01/TCD row per unit and a total row, identities holding, other reports summed', async () => {
    const files = [
      await unitPackage('c.zip', unitC),
      await unitPackage('a.zip', unitA),
      await unitPackage('b.zip', unitB),
    ];
    const { result, units, refused, skipped } = await consolidatePackages(files, options);
    expect(refused).toEqual([]);
    expect(skipped).toEqual([]);
    expect(units.map((unit) => unit.code)).toEqual(['XA-A', 'XA-B', 'XA-C']);
    const sources = [unitA, unitB, unitC].map((unit) => makeTallyResult(unit));
    const bieu01 = result.reports[0]!;
    expect(bieu01.reportId).toBe('bieu-01-tcd');
    expect(bieu01.rows.map((row) => [row.key, row.label])).toEqual([
      ['XA-A', 'UBND xã An Bình'],
      ['XA-B', 'UBND xã Bình Minh'],
      ['XA-C', 'UBND xã Cẩm Lệ'],
      ['total', 'Tổng cộng'],
    ]);
    sources.forEach((source, index) =>
      expect(bieu01.rows[index]!.values).toEqual(source.reports[0]!.rows.at(-1)!.values),
    );
    for (const key of bieu01.columns)
      expect(bieu01.rows[3]!.values[key]).toBe(
        sources.reduce((sum, source) => sum + source.reports[0]!.rows.at(-1)!.values[key]!, 0),
      );
    expect(bieu01.identities).toHaveLength(4 * 4);
    expect(bieu01.identities.every((check) => check.holds)).toBe(true);
    const breakdown = result.reports[1]!;
    expect(breakdown.reportId).toBe('phan-loai-linh-vuc');
    expect(breakdown.rows[0]!.values['1']).toBe(
      sources.reduce((sum, source) => sum + source.reports[1]!.rows[0]!.values['1']!, 0),
    );
    expect(result.compare?.reports[0]!.rows).toHaveLength(4);
    expect(result.office).toEqual(upstream);
    const total = bieu01.rows[3]!.values;
    expect(result.narrative).toBe(
      `Trong 6 tháng đầu năm 2024, 3 đơn vị thuộc Ban Tiếp công dân tỉnh đã tiếp ${total['1']!.toLocaleString('vi-VN')} lượt với ${total['2']!.toLocaleString('vi-VN')} người, ${total['3']!.toLocaleString('vi-VN')} vụ việc.`,
    );
  });

  it('keeps the newest version of a unit and an exact duplicate once, and says so', async () => {
    const older = await unitPackage('b-cu.zip', {
      ...unitB,
      seed: 99,
      generatedAt: '2024-06-15T08:00:00+07:00',
    });
    const newer = await unitPackage('b-moi.zip', { ...unitB, generatedAt: '2024-06-16T10:30:00+07:00' });
    const a = await unitPackage('a.zip', unitA);
    const { result, units, skipped } = await consolidatePackages(
      [newer, a, older, { name: 'a-ban-sao.zip', bytes: a.bytes }],
      options,
    );
    expect(units.map((unit) => unit.fileName)).toEqual(['a.zip', 'b-moi.zip']);
    expect(skipped).toEqual([
      {
        fileName: 'b-cu.zip',
        reason:
          'Đơn vị XA-B có bản mới hơn (tệp b-moi.zip, lập lúc 10:30 ngày 16/06/2024): dùng bản mới nhất, bỏ bản lập lúc 08:00 ngày 15/06/2024.',
      },
      { fileName: 'a-ban-sao.zip', reason: 'Trùng hệt tệp a.zip: chỉ tính một lần.' },
    ]);
    expect(result.reports[0]!.rows[1]!.values).toEqual(
      makeTallyResult(unitB).reports[0]!.rows.at(-1)!.values,
    );
  });

  it('two different packages of a unit made at the same time: the first is used, the other named', async () => {
    const first = await unitPackage('b1.zip', unitB);
    const second = await unitPackage('b2.zip', { ...unitB, seed: 77 });
    const { units, skipped } = await consolidatePackages([first, second], options);
    expect(units.map((unit) => unit.fileName)).toEqual(['b1.zip']);
    expect(skipped).toEqual([
      {
        fileName: 'b2.zip',
        reason:
          'Đơn vị XA-B có hai gói cùng lập lúc 08:00 ngày 15/06/2024 nhưng khác nội dung: dùng tệp b1.zip; hãy hỏi lại đơn vị.',
      },
    ]);
  });

  it('refuses a tampered package, another period or regime, with the reason, and uses the rest', async () => {
    const tampered = await unitPackage('c.zip', unitC);
    const middle = Math.floor(tampered.bytes.length / 2);
    tampered.bytes[middle] = tampered.bytes[middle]! ^ 0x20;
    const otherPeriod = await unitPackage('q1.zip', {
      officeCode: 'XA-D',
      period: { spec: '2024-Q1', from: '2023-12-15', to: '2024-03-14', label: 'quý I năm 2024' },
    });
    const otherRegime = await unitPackage('tt01.zip', { officeCode: 'XA-E', regime: 'tt01-2024' });
    const { units, refused } = await consolidatePackages(
      [await unitPackage('a.zip', unitA), tampered, otherPeriod, otherRegime],
      options,
    );
    expect(units.map((unit) => unit.code)).toEqual(['XA-A']);
    expect(refused.map((entry) => entry.fileName)).toEqual(['c.zip', 'q1.zip', 'tt01.zip']);
    expect(refused[0]!.reason).toMatch(/bị sửa đổi|bị hỏng/);
    expect(refused[1]!.reason).toBe(
      'Gói của kỳ 2024-Q1 theo chế độ tt06-2025, khác kỳ đang tổng hợp 2024-H1 (tt06-2025).',
    );
    expect(refused[2]!.reason).toBe(
      'Gói của kỳ 2024-H1 theo chế độ tt01-2024, khác kỳ đang tổng hợp 2024-H1 (tt06-2025).',
    );
  });

  it('29-column units consolidate under the older regime; nothing valid is an error', async () => {
    const files = [
      await unitPackage('a.zip', { ...unitA, regime: 'tt01-2024' }),
      await unitPackage('b.zip', { ...unitB, regime: 'tt01-2024' }),
    ];
    const { result } = await consolidatePackages(files, {
      ...options,
      expect: { periodSpec: '2024-H1', regime: 'tt01-2024' },
    });
    expect(result.reports[0]!.columns).toHaveLength(29);
    expect(
      result.reports[0]!.identities.filter((check) => check.expression === '3 = 6+7+15+16+24+25'),
    ).toHaveLength(3);
    expect(result.reports[0]!.identities.every((check) => check.holds)).toBe(true);
    await expect(consolidatePackages([{ name: 'x.zip', bytes: Buffer.from('x') }], options)).rejects.toThrow(
      'Không có gói báo cáo hợp lệ nào để tổng hợp.',
    );
  });
});
