import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { outlineReportText } from '../../../../shared/reports/outline-report';
import { FIXTURE_PEOPLE, makeTallyResult } from '../../../../test/fixtures/tally-fixture';
import { buildDataPackage, sha256, type BuiltPackage } from './data-package';
import { openPackage, PackageRefused } from './package-reader';
import { readZip } from './package-zip';

const result = makeTallyResult({ compare: true, seed: 5 });
let built: BuiltPackage;
beforeAll(async () => {
  built = await buildDataPackage(result);
});

async function refusal(bytes: Buffer): Promise<string> {
  try {
    await openPackage('goi.zip', bytes);
  } catch (error) {
    if (error instanceof PackageRefused) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('data package', () => {
  it('holds the JSON, XLSX, PDF and CSVs, and a manifest with the SHA-256 of every other file', async () => {
    expect(built.fileName).toBe('UBNDXA01-2024-H1-tt06-2025.zip');
    const entries = await readZip(built.bytes);
    expect(entries.map((entry) => entry.path)).toEqual([
      'bao-cao.json',
      'UBNDXA01-2024-H1-tt06-2025.xlsx',
      'UBNDXA01-2024-H1-tt06-2025.pdf',
      'csv/UBNDXA01-2024-H1-tt06-2025-01-TCD.csv',
      'csv/UBNDXA01-2024-H1-tt06-2025-phan-loai-linh-vuc.csv',
      'csv/UBNDXA01-2024-H1-tt06-2025-ket-qua-xu-ly.csv',
      'csv/UBNDXA01-2024-H1-tt06-2025-01-TCD-cung-ky.csv',
      'csv/UBNDXA01-2024-H1-tt06-2025-phan-loai-linh-vuc-cung-ky.csv',
      'csv/UBNDXA01-2024-H1-tt06-2025-ket-qua-xu-ly-cung-ky.csv',
      'UBNDXA01-2024-H1-tt06-2025-bao-cao.txt',
      'manifest.json',
    ]);
    const outline = entries.at(-2)!.bytes.toString('utf8');
    expect(outline).toBe(`\uFEFF${outlineReportText(result)}`);
    expect(outline).toContain('6 tháng đầu năm 2024');
    const manifest = JSON.parse(entries.at(-1)!.bytes.toString('utf8')) as typeof built.manifest;
    expect(manifest.office).toEqual({ code: 'UBNDXA01', name: 'Ủy ban nhân dân xã Đông Hòa' });
    expect(manifest.periodSpec).toBe('2024-H1');
    expect(manifest.regime).toBe('tt06-2025');
    expect(manifest.files).toHaveLength(10);
    for (const file of manifest.files) {
      const entry = entries.find((candidate) => candidate.path === file.path)!;
      expect(file.sha256).toBe(sha256(entry.bytes));
      expect(file.bytes).toBe(entry.bytes.length);
    }
    const json = JSON.parse(entries[0]!.bytes.toString('utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({ regime: 'tt06-2025', appVersion: '0.1.0', narrative: result.narrative });
    expect((json.reports as { rows: { values: Record<string, number> }[] }[])[0]!.rows[0]!.values).toEqual(
      result.reports[0]!.rows[0]!.values,
    );
  });

  it('adds the written report only for the periods sent with one (not Q2)', async () => {
    const period = { spec: '2024-Q2', from: '2024-03-15', to: '2024-06-14', label: 'quý II năm 2024' };
    const quarter = await buildDataPackage(makeTallyResult({ seed: 5, period }));
    const paths = (await readZip(quarter.bytes)).map((entry) => entry.path);
    expect(paths.filter((path) => path.endsWith('.txt'))).toEqual([]);
    expect(paths).toContain('UBNDXA01-2024-Q2-tt06-2025.xlsx');
  });

  it('opens back to the same reports', async () => {
    const opened = await openPackage(built.fileName, built.bytes);
    expect(opened.report.reports).toEqual(result.reports);
    expect(opened.report.compare).toEqual(result.compare);
    expect(opened.sha256).toBe(sha256(built.bytes));
  });

  it('carries no personal data: no name or ID number of the people behind the figures', async () => {
    const texts = (await readZip(built.bytes)).map((entry) => entry.bytes.toString('utf8'));
    const xlsx = await JSZip.loadAsync((await readZip(built.bytes))[1]!.bytes);
    for (const file of Object.values(xlsx.files)) if (!file.dir) texts.push(await file.async('string'));
    if (spawnSync('pdftotext', ['-v']).status === 0) {
      const dir = mkdtempSync(join(tmpdir(), 'tiepdan-pkg-'));
      writeFileSync(join(dir, 'a.pdf'), (await readZip(built.bytes))[2]!.bytes);
      texts.push(execFileSync('pdftotext', [join(dir, 'a.pdf'), '-'], { encoding: 'utf8' }));
      rmSync(dir, { recursive: true, force: true });
    }
    const everything = texts.join('\n');
    expect(everything).toContain('Ủy ban nhân dân xã Đông Hòa');
    for (const person of FIXTURE_PEOPLE) {
      expect(everything).not.toContain(person.name);
      expect(everything).not.toContain(person.idNumber);
    }
  });

  it('refuses a package with one changed byte, wherever the byte is', { timeout: 60_000 }, async () => {
    const positions = new Set<number>();
    for (let i = 0; i < 160; i += 1) positions.add(i);
    for (let i = built.bytes.length - 400; i < built.bytes.length; i += 1) positions.add(i);
    for (let i = 0; i < built.bytes.length; i += 1499) positions.add(i);
    const accepted: number[] = [];
    for (const position of positions) {
      const tampered = Buffer.from(built.bytes);
      tampered[position] = tampered[position]! ^ 0x01;
      if ((await refusal(tampered)) === 'accepted') accepted.push(position);
    }
    expect(accepted).toEqual([]);
  });

  it('says why: a changed figure in the JSON is a checksum mismatch of bao-cao.json', async () => {
    const entries = await readZip(built.bytes);
    const json = entries[0]!.bytes;
    const at = built.bytes.indexOf(json) + json.indexOf('"1": ') + 5;
    const tampered = Buffer.from(built.bytes);
    tampered[at] = tampered[at] === 0x39 ? 0x38 : tampered[at]! + 1;
    expect(await refusal(tampered)).toBe(
      'Tệp bao-cao.json không khớp mã SHA-256 trong danh mục: gói đã bị sửa đổi.',
    );
  });

  it('refuses a file that is not a package, and a package whose figures break the identities', async () => {
    expect(await refusal(Buffer.from('không phải zip'))).toBe(
      'Tệp không phải gói báo cáo (.zip) hoặc đã bị hỏng, sửa đổi.',
    );
    const broken = makeTallyResult({ seed: 9 });
    broken.reports[0]!.rows[0]!.values['1'] = 1 + broken.reports[0]!.rows[0]!.values['1']!;
    const reason = await refusal((await buildDataPackage(broken)).bytes);
    expect(reason).toMatch(
      /^Số liệu sai: Biểu số 01\/TCD, dòng "Ủy ban nhân dân xã Đông Hòa": công thức 1 = 5\+11\+17 không đúng/,
    );
  });
});
