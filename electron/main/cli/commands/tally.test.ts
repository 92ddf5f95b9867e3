import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureConsole } from '../../../../test/fixtures/console-capture';
import { buildScenario } from '../../../../test/fixtures/tally-scenario';
import { openDatabase } from '../../open-database';
import { runTally } from './tally';

const out = captureConsole();

async function dataDirWithScenario(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-tally-'));
  const opened = await openDatabase(dataDir);
  await buildScenario(opened.db);
  await opened.db.destroy();
  return dataDir;
}

describe('npm run cli -- tally', () => {
  it('writes the JSON: 01/TCD columns by number, cùng kỳ likewise, and the narrative', async () => {
    const dataDir = await dataDirWithScenario();
    const file = join(dataDir, 'bao-cao.json');
    const code = await runTally(dataDir, { period: '2024-H1', compare: true, format: 'json', out: file });
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & {
      bieu01Tcd: Record<string, number>;
      compare: { bieu01Tcd: Record<string, number>; period: { spec: string } };
      narrative: string;
      outline: string;
    };
    expect(json.regime).toBe('tt01-2024');
    expect(Object.keys(json.bieu01Tcd)).toEqual(Array.from({ length: 29 }, (_, i) => String(i + 1)));
    expect(json.bieu01Tcd).toMatchObject({ '1': 8, '2': 20, '3': 6, '6': 2, '16': 1, '25': 1 });
    expect(json.compare.period.spec).toBe('2023-H1');
    expect(json.compare.bieu01Tcd).toMatchObject({ '1': 1, '2': 3, '3': 1 });
    expect(json.narrative).toMatch(
      /^Trong 6 tháng đầu năm 2024, Ban Tiếp công dân huyện Mẫu đã tiếp 8 lượt với 7 người/,
    );
    expect(json.outline.split('\n').slice(0, 5)).toEqual([
      'BAN TIẾP CÔNG DÂN HUYỆN MẪU',
      'BÁO CÁO',
      'Kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo',
      '6 tháng đầu năm 2024',
      '(Số liệu tính từ ngày 15/12/2023 đến ngày 14/06/2024)',
    ]);
    expect(json.outline).toContain(
      'Tổng số 8 lượt tiếp, 20 người được tiếp, 6 vụ việc (tiếp lần đầu 4 vụ việc, tiếp nhiều lần 2 vụ việc), ' +
        '2 đoàn đông người; so với cùng kỳ (6 tháng đầu năm 2023): tăng 7 lượt, tăng 17 người, tăng 5 vụ việc.',
    );
    expect(readdirSync(dirname(file)).filter((name) => name.includes('.tmp'))).toEqual([]);
    expect(out[0]).toMatch(new RegExp(`^Đã ghi ${file} \\(SHA-256 [0-9a-f]{64}\\)$`));
    expect(out.at(-1)).toBe('Lượt tiếp: 8; vụ việc: 6.');
  });

  it('cuts weeks on the week_start_day setting (Saturday: 2024-W09 = 02/03 – 08/03/2024)', async () => {
    const dataDir = await dataDirWithScenario();
    const opened = await openDatabase(dataDir);
    await opened.db
      .insertInto('settings')
      .values({ key: 'week_start_day', value: '6', updated_at: '2026-01-01T00:00:00Z' })
      .execute();
    await opened.db.destroy();
    const file = join(dataDir, 'tuan.json');
    expect(await runTally(dataDir, { period: '2024-W09', compare: false, format: 'json', out: file })).toBe(
      0,
    );
    const json = JSON.parse(readFileSync(file, 'utf8')) as {
      period: object;
      bieu01Tcd: Record<string, number>;
    };
    expect(json.period).toEqual({
      spec: '2024-W09',
      from: '2024-03-02',
      to: '2024-03-08',
      label: 'Tuần 9 năm 2024 (02/03/2024 – 08/03/2024)',
    });
    expect(json.bieu01Tcd['1']).toBe(1);
    expect(out.at(-1)).toBe('Lượt tiếp: 1; vụ việc: 1.');
  });

  it('uses the 21-column layout with --regime tt06-2025', async () => {
    const dataDir = await dataDirWithScenario();
    const file = join(dataDir, 'tt06.json');
    await runTally(dataDir, {
      period: '2024-H1',
      regime: 'tt06-2025',
      compare: false,
      format: 'json',
      out: file,
    });
    const json = JSON.parse(readFileSync(file, 'utf8')) as {
      bieu01Tcd: Record<string, number>;
      compare?: unknown;
    };
    expect(Object.keys(json.bieu01Tcd)).toHaveLength(21);
    expect(json.bieu01Tcd['13']).toBe(2);
    expect(json.compare).toBeUndefined();
    expect((json as { outline?: unknown }).outline).toEqual(expect.stringContaining('BÁO CÁO'));
  });

  it('refuses a bad period, regime or format with exit code 2 and says what to type', async () => {
    const dataDir = await dataDirWithScenario();
    const out1 = join(dataDir, 'x.json');
    expect(await runTally(dataDir, { period: '2024-Q5', compare: false, format: 'json', out: out1 })).toBe(2);
    expect(out.at(-1)).toContain('Kỳ báo cáo "2024-Q5" không hợp lệ: quý phải từ 1 đến 4');
    expect(
      await runTally(dataDir, {
        period: '2024-H1',
        regime: 'tt9',
        compare: false,
        format: 'json',
        out: out1,
      }),
    ).toBe(2);
    expect(out.at(-1)).toBe('Không có chế độ báo cáo "tt9". Hãy dùng: tt06-2025, tt01-2024, tt02-2021.');
    expect(await runTally(dataDir, { period: '2024-H1', compare: false, format: 'docx', out: out1 })).toBe(2);
    expect(out.at(-1)).toBe('Định dạng "docx" chưa hỗ trợ. Hãy dùng: json, xlsx, pdf, csv, package.');
    expect(existsSync(out1)).toBe(false);
  });
});
