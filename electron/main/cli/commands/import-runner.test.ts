import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureConsole } from '../../../../test/fixtures/console-capture';
import type { ServiceContext } from '../../services/context';
import type { ImportProblem } from '../../services/register-import/types';
import { describeProblem, runImport, type ImportCommand, type ImportOutcome } from './import-runner';

const out = captureConsole();

const ERROR: ImportProblem = { row: 4, column: 'ngay_tiep', message: 'Ngày sai.', severity: 'error' };
const WARNING: ImportProblem = { row: null, column: null, message: 'Cột lạ bị bỏ qua.', severity: 'warning' };

/** A command over a canned result that remembers the context and options it was run with. */
function cannedCommand(problems: ImportProblem[], namesColumn = true) {
  const seen: { ctx?: ServiceContext; path?: string; dryRun?: boolean } = {};
  const command: ImportCommand<ImportOutcome> = {
    namesColumn,
    importFile: (ctx, path, options) => {
      Object.assign(seen, { ctx, path, dryRun: options.dryRun });
      const result = { dryRun: options.dryRun, totalRows: 5, validRows: 4, imported: 0, alreadyImported: 0 };
      return Promise.resolve({ ...result, problems });
    },
    summary: (result, errors) => [
      `tổng ${result.totalRows}, lỗi ${errors}, chạy thử ${String(result.dryRun)}`,
    ],
  };
  return { command, seen };
}

function existingFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tiepdan-runner-')), 'so.csv');
  writeFileSync(file, 'x');
  return file;
}

const dataDir = () => mkdtempSync(join(tmpdir(), 'tiepdan-runner-data-'));

describe('runImport', () => {
  it('exits 1 naming the missing file, without opening the database', async () => {
    const { command, seen } = cannedCommand([]);
    const missing = join(tmpdir(), 'khong-co-tep-nay.csv');
    expect(await runImport(command, dataDir(), missing, true)).toBe(1);
    expect(out).toEqual([`Không tìm thấy tệp ${missing}.`]);
    expect(seen.ctx).toBeUndefined();
  });

  it('prints each problem then the summary, exits 2 on an error, and closes the database', async () => {
    const { command, seen } = cannedCommand([ERROR, WARNING]);
    const file = existingFile();
    expect(await runImport(command, dataDir(), file, true)).toBe(2);
    expect(out).toEqual([
      '  LỖI – Dòng 4, cột ngay_tiep: Ngày sai.',
      '  Lưu ý – Tệp: Cột lạ bị bỏ qua.',
      'tổng 5, lỗi 1, chạy thử true',
    ]);
    expect([seen.path, seen.dryRun, seen.ctx?.actor.displayName]).toEqual([file, true, 'Dòng lệnh quản trị']);
    await expect(seen.ctx!.db.selectFrom('users').selectAll().execute()).rejects.toThrow();
  });

  it('exits 0 when there are only warnings, and passes a real run through', async () => {
    const { command, seen } = cannedCommand([WARNING]);
    expect(await runImport(command, dataDir(), existingFile(), false)).toBe(0);
    expect(out).toEqual(['  Lưu ý – Tệp: Cột lạ bị bỏ qua.', 'tổng 5, lỗi 0, chạy thử false']);
    expect(seen.dryRun).toBe(false);
  });

  it('leaves the column out of a problem line for a command that does not name columns', async () => {
    const { command } = cannedCommand([ERROR], false);
    expect(await runImport(command, dataDir(), existingFile(), false)).toBe(2);
    expect(out[0]).toBe('  LỖI – Dòng 4: Ngày sai.');
    expect(describeProblem({ ...ERROR, row: null }, true)).toBe('  LỖI – Tệp, cột ngay_tiep: Ngày sai.');
  });

  describe('on a terminal', () => {
    afterEach(() => {
      vi.restoreAllMocks();
      process.stderr.isTTY = false;
    });

    it('rewrites one progress line as the import reports it, and clears it at the end', async () => {
      process.stderr.isTTY = true;
      const written: string[] = [];
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
      const command: ImportCommand<ImportOutcome> = {
        namesColumn: true,
        importFile: (ctx, _path, options) => {
          ctx.events.emit('import:progress', { stage: 'check', done: 999, total: 45_000 });
          ctx.events.emit('import:progress', { stage: 'write', done: 1_999, total: 45_000 });
          const counts = { totalRows: 1, validRows: 1, imported: 1, alreadyImported: 0 };
          return Promise.resolve({ dryRun: options.dryRun, ...counts, problems: [] });
        },
        summary: () => ['xong'],
      };
      expect(await runImport(command, dataDir(), existingFile(), false)).toBe(0);
      expect(written).toEqual([
        '\rĐang kiểm tra 999/45.000 dòng…',
        '\rĐang ghi vào sổ 1.999/45.000 dòng…',
        '\r\x1b[K',
      ]);
      expect(out).toEqual(['xong']);
    });
  });
});
