import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, testContext } from '../../../../test/fixtures/test-db';
import { makeTallyResult } from '../../../../test/fixtures/tally-fixture';
import type { DB } from '../../db/schema';
import { updateSetting } from '../settings-editor';
import { buildDataPackage, sha256 } from './data-package';
import { exportDownload, exportToDrive, consolidateUploaded, type ExportDeps } from './export-service';
import { listExportLog } from './export-log';

let db: Kysely<DB>;
let drive: string;
const tally = { kind: 'tally' as const, request: { periodSpec: '2024-H1', compare: false } };
const requests: unknown[] = [];

function deps(mount = drive): ExportDeps {
  return {
    compute: (request) => {
      requests.push(request);
      return Promise.resolve(makeTallyResult({ seed: 21 }));
    },
    drives: () =>
      Promise.resolve([{ mount, label: 'KINGSTON', fsType: 'vfat', sizeBytes: 8e9, freeBytes: 4e9 }]),
    appVersion: '0.1.0',
  };
}

beforeEach(async () => {
  db = await createTestDb();
  drive = mkdtempSync(join(tmpdir(), 'tiepdan-drive-'));
  requests.length = 0;
});
afterEach(async () => {
  await db.destroy();
  rmSync(drive, { recursive: true, force: true });
});

async function lastAudit() {
  return db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
}

describe('exports to a drive, downloads and consolidation (services)', () => {
  it('writes the package to the picked drive, verified, logged and audited', async () => {
    const done = await exportToDrive(testContext(db), deps(), {
      source: tally,
      format: 'package',
      mount: drive,
    });
    expect(requests).toEqual([{ periodSpec: '2024-H1', compare: false }]);
    const bytes = readFileSync(join(drive, 'UBNDXA01-2024-H1-tt06-2025.zip'));
    expect(done).toEqual({
      target: `KINGSTON (${drive})`,
      files: [{ fileName: 'UBNDXA01-2024-H1-tt06-2025.zip', bytes: bytes.length, sha256: sha256(bytes) }],
    });
    expect(readdirSync(drive)).toEqual(['UBNDXA01-2024-H1-tt06-2025.zip']);
    const [entry] = await listExportLog(db, 10);
    expect(entry).toMatchObject({
      actor: 'Cán bộ thử nghiệm',
      kind: 'package',
      periodSpec: '2024-H1',
      regime: 'tt06-2025',
      target: `KINGSTON (${drive})`,
      fileName: 'UBNDXA01-2024-H1-tt06-2025.zip',
      sha256: sha256(bytes),
      status: 'ok',
      error: null,
    });
    const audit = await lastAudit();
    expect(audit.action).toBe('export.write');
    expect(JSON.parse(audit.detail!)).toEqual({
      kind: 'package',
      regime: 'tt06-2025',
      target: `KINGSTON (${drive})`,
      files: [{ name: 'UBNDXA01-2024-H1-tt06-2025.zip', sha256: sha256(bytes) }],
    });
  });

  it('CSV writes one file per report', async () => {
    const done = await exportToDrive(testContext(db), deps(), { source: tally, format: 'csv', mount: drive });
    expect(done.files.map((file) => file.fileName)).toEqual([
      'UBNDXA01-2024-H1-tt06-2025-01-TCD.csv',
      'UBNDXA01-2024-H1-tt06-2025-phan-loai-linh-vuc.csv',
      'UBNDXA01-2024-H1-tt06-2025-ket-qua-xu-ly.csv',
    ]);
    expect(await listExportLog(db, 10)).toHaveLength(3);
  });

  it('refuses a drive that is not in the list (no path from the renderer is written)', async () => {
    await expect(
      exportToDrive(testContext(db), deps(), { source: tally, format: 'xlsx', mount: '/etc' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Không thấy ổ USB đã chọn: hãy cắm ổ rồi chọn lại trong danh sách.',
    });
  });

  it('without the tally engine, a tally export says so', async () => {
    const { compute: _compute, ...noEngine } = deps();
    await expect(
      exportToDrive(testContext(db), noEngine, { source: tally, format: 'pdf', mount: drive }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it.skipIf(process.getuid?.() !== 0)(
    'a drive that fills up mid-export: CONFLICT with the message, files already written removed, logged as failed (tmpfs; needs root)',
    async () => {
      const tiny = join(drive, 'tiny');
      mkdirSync(tiny);
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', tiny]).status === 0;
      if (!mounted) return;
      try {
        await expect(
          exportToDrive(testContext(db), deps(tiny), { source: tally, format: 'csv', mount: tiny }),
        ).rejects.toMatchObject({
          code: 'CONFLICT',
          message: expect.stringMatching(/^Ổ KINGSTON đã đầy/) as unknown,
        });
        expect(readdirSync(tiny)).toEqual([]);
        const entries = await listExportLog(db, 10);
        expect(entries.every((entry) => entry.status === 'failed')).toBe(true);
        expect(entries[0]!.error).toMatch(/^Ổ KINGSTON đã đầy/);
        expect((await lastAudit()).action).toBe('export.failed');
      } finally {
        execFileSync('umount', ['-l', tiny]);
      }
    },
  );

  it('a data package needs the office code set first', async () => {
    const noCode: ExportDeps = {
      ...deps(),
      compute: () => Promise.resolve(makeTallyResult({ officeCode: '' })),
    };
    await expect(
      exportToDrive(testContext(db), noCode, { source: tally, format: 'package', mount: drive }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message:
        'Chưa đặt mã đơn vị: hãy vào Cài đặt → Cơ quan, nhập "Mã đơn vị" (ví dụ UBNDXA01) rồi lập gói dữ liệu.',
    });
    expect(readdirSync(drive)).toEqual([]);
  });

  it('a download returns the file and logs it', async () => {
    const file = await exportDownload(testContext(db), deps(), { source: tally, format: 'csv' });
    expect(file.fileName).toBe('UBNDXA01-2024-H1-tt06-2025-csv.zip');
    expect(file.mime).toBe('application/zip');
    expect(sha256(Buffer.from(file.contentBase64, 'base64'))).toBe(file.sha256);
    expect((await listExportLog(db, 1))[0]!.target).toBe('tải về qua trình duyệt');
  });

  it('consolidates uploaded packages for the office in the settings, audited', async () => {
    const ctx = testContext(db);
    await updateSetting(ctx, 'office_code', 'BTCD-TINH');
    await updateSetting(ctx, 'office_name', 'Ban Tiếp công dân tỉnh');
    const upload = async (code: string, seed: number) => ({
      fileName: `${code}.zip`,
      contentBase64: (await buildDataPackage(makeTallyResult({ officeCode: code, seed }))).bytes.toString(
        'base64',
      ),
    });
    const consolidation = await consolidateUploaded(ctx, { appVersion: '0.1.0' }, [
      await upload('XA-1', 1),
      await upload('XA-2', 2),
      { fileName: 'hong.zip', contentBase64: Buffer.from('hỏng').toString('base64') },
    ]);
    expect(consolidation.result.office).toEqual({ code: 'BTCD-TINH', name: 'Ban Tiếp công dân tỉnh' });
    expect(consolidation.units.map((unit) => unit.code)).toEqual(['XA-1', 'XA-2']);
    expect(consolidation.refused).toEqual([
      { fileName: 'hong.zip', reason: 'Tệp không phải gói báo cáo (.zip) hoặc đã bị hỏng, sửa đổi.' },
    ]);
    const audit = await lastAudit();
    expect(audit.action).toBe('consolidation.run');
    expect((JSON.parse(audit.detail!) as { refused: unknown }).refused).toEqual(consolidation.refused);
    await expect(
      consolidateUploaded(ctx, { appVersion: '0.1.0' }, [{ fileName: 'x.zip', contentBase64: 'eA==' }]),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message:
        'Không có gói báo cáo hợp lệ nào để tổng hợp. x.zip: Tệp không phải gói báo cáo (.zip) hoặc đã bị hỏng, sửa đổi. Hãy chọn các gói .zip do Tiếp Dân của đơn vị lập.',
    });
  });

  it('office_code accepts ASCII unit codes only', async () => {
    const ctx = testContext(db);
    await expect(updateSetting(ctx, 'office_code', 'Xã Đông Hòa')).rejects.toThrow(
      'Mã đơn vị chỉ gồm chữ không dấu, chữ số và - _ . (tối đa 40 ký tự), ví dụ UBNDXA01.',
    );
    await expect(updateSetting(ctx, 'office_code', 'UBND:XA')).rejects.toThrow(/Mã đơn vị/);
    expect((await updateSetting(ctx, 'office_code', ' UBNDXA01 ')).value).toBe('UBNDXA01');
  });
});
