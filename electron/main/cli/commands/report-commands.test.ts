import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { captureConsole } from '../../../../test/fixtures/console-capture';
import { makeTallyResult } from '../../../../test/fixtures/tally-fixture';
import { buildDataPackage } from '../../services/exports/data-package';
import { openPackage } from '../../services/exports/package-reader';
import type { TallyRequest } from '../../../../shared/reports/report-types';
import { runConsolidate } from './consolidate';
import { runExportPackage, runTallyExport } from './report-exports';

const out = captureConsole();
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'tiepdan-cli-report-'));
});

async function unitFolder(): Promise<string> {
  const folder = join(work, 'goi');
  mkdirSync(folder);
  for (const [code, seed] of [
    ['XA-1', 1],
    ['XA-2', 2],
    ['XA-3', 3],
  ] as const)
    writeFileSync(
      join(folder, `${code}.zip`),
      (await buildDataPackage(makeTallyResult({ officeCode: code, seed }))).bytes,
    );
  return folder;
}

describe('npm run cli -- consolidate', () => {
  it('sums a folder of packages to JSON whose Biểu 01/TCD has one row per unit and the total', async () => {
    const folder = await unitFolder();
    const code = await runConsolidate(join(work, 'no-data'), [folder], {
      out: join(work, 'tong-hop.json'),
      format: 'json',
      officeCode: 'TINH',
      officeName: 'Ban Tiếp công dân tỉnh',
    });
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(join(work, 'tong-hop.json'), 'utf8')) as {
      office: unknown;
      reports: { rows: { key: string; values: Record<string, number> }[] }[];
    };
    expect(json.office).toEqual({ code: 'TINH', name: 'Ban Tiếp công dân tỉnh' });
    expect(json.reports[0]!.rows.map((row) => row.key)).toEqual(['XA-1', 'XA-2', 'XA-3', 'total']);
    const expected = [1, 2, 3].reduce(
      (sum, seed) => sum + makeTallyResult({ seed }).reports[0]!.rows[1]!.values['1']!,
      0,
    );
    expect(json.reports[0]!.rows[3]!.values['1']).toBe(expected);
    expect(out).toContain('Tổng hợp 3 đơn vị, kỳ 2024-H1 (tt06-2025).');
  });

  it('refuses a tampered package with the reason (exit 2) and writes the rest as a package upstream can check', async () => {
    const folder = await unitFolder();
    const tampered = readFileSync(join(folder, 'XA-2.zip'));
    tampered[200] = tampered[200]! ^ 0xff;
    writeFileSync(join(folder, 'XA-2.zip'), tampered);
    const code = await runConsolidate(join(work, 'no-data'), [folder], {
      out: work,
      format: 'package',
      officeCode: 'TINH',
    });
    expect(code).toBe(2);
    expect(out.some((line) => line.startsWith('Từ chối: XA-2.zip: '))).toBe(true);
    const made = readdirSync(work).find((name) => name.startsWith('TINH-'))!;
    expect(made).toBe('TINH-2024-H1-tt06-2025.zip');
    const opened = await openPackage(made, readFileSync(join(work, made)));
    expect(opened.report.reports[0]!.rows.map((row) => row.key)).toEqual(['XA-1', 'XA-3', 'total']);
  });

  it('nothing valid: exit 1 with the reasons', async () => {
    writeFileSync(join(work, 'x.zip'), 'không phải zip');
    expect(
      await runConsolidate(join(work, 'no-data'), [join(work, 'x.zip')], {
        out: join(work, 'o.xlsx'),
        format: 'xlsx',
      }),
    ).toBe(1);
    expect(out.at(-1)).toBe(
      'Lỗi: Không có gói báo cáo hợp lệ nào để tổng hợp. x.zip: Tệp không phải gói báo cáo (.zip) hoặc đã bị hỏng, sửa đổi.',
    );
  });
});

describe('tally and export-package with an injected engine', () => {
  const requests: TallyRequest[] = [];
  const compute = (request: TallyRequest) => {
    requests.push(request);
    return Promise.resolve(
      makeTallyResult({ regime: request.regime ?? 'tt06-2025', compare: request.compare }),
    );
  };

  it('tally --format csv writes one CSV per report into the folder; export-package a checked .zip', async () => {
    await runTallyExport(compute, {
      period: '2024-H1',
      regime: 'tt01-2024',
      format: 'csv',
      out: join(work, 'csv'),
    });
    expect(requests.at(-1)).toEqual({ periodSpec: '2024-H1', regime: 'tt01-2024', compare: false });
    expect(readdirSync(join(work, 'csv'))).toHaveLength(3);
    await runExportPackage(compute, { period: '2024-H1', compare: true, out: work });
    const opened = await openPackage('p', readFileSync(join(work, 'UBNDXA01-2024-H1-tt06-2025.zip')));
    expect(opened.report.compare?.reports).toHaveLength(3);
    await expect(runTallyExport(compute, { period: '2024-H1', format: 'docx', out: work })).rejects.toThrow(
      'Định dạng "docx" không có; hãy dùng một trong: json, xlsx, pdf, csv, package.',
    );
    await expect(
      runTallyExport(compute, { period: '2024-H1', regime: 'tt9', format: 'json', out: work }),
    ).rejects.toThrow('Không có chế độ báo cáo "tt9". Hãy dùng: tt06-2025, tt01-2024, tt02-2021.');
  });
});

describe('the built CLI', () => {
  it(
    'npm run cli -- consolidate runs from the bundle (pdfkit and its font found outside the source tree)',
    { timeout: 120_000 },
    async () => {
      const folder = await unitFolder();
      const root = join(__dirname, '..', '..', '..', '..');
      const run = spawnSync(
        process.execPath,
        [
          join(root, 'scripts', 'cli.mjs'),
          '--data-dir',
          join(work, 'd'),
          'consolidate',
          folder,
          '--out',
          join(work, 'tong-hop.pdf'),
          '--format',
          'pdf',
        ],
        { cwd: root, encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const text = execFileSync('pdftotext', [join(work, 'tong-hop.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT');
    },
  );
});
