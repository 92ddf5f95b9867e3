import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { toLocalIso } from '../../../../shared/domain/local-time';
import { APP_VERSION } from '../../app-version';
import { databasePath, resolveDataDir } from '../../data-dir';
import { createDb } from '../../db/create-db';
import { consolidatePackages, type PackageFile } from '../../services/consolidation/consolidate';
import { PackageRefused } from '../../services/exports/package-reader';
import { getSetting } from '../../services/settings';
import { appendAudit } from '../../services/audit';
import { CLI_ACTOR } from '../cli-actor';
import { parseFormat, writeReportOutput } from './report-output';

export interface ConsolidateOptions {
  out: string;
  format: string;
  officeCode?: string;
  officeName?: string;
}

/** Files as given; a folder stands for every .zip directly inside it. */
export function collectPackages(paths: readonly string[]): PackageFile[] {
  return paths.flatMap((given) => {
    const path = resolve(given);
    if (!existsSync(path)) throw new Error(`Không có tệp hoặc thư mục ${given}.`);
    const files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => name.toLowerCase().endsWith('.zip'))
          .sort()
          .map((name) => join(path, name))
      : [path];
    return files.map((file) => ({ name: basename(file), bytes: readFileSync(file) }));
  });
}

async function officeFromSettings(dataDir: string | undefined) {
  const file = databasePath(dataDir ?? resolveDataDir());
  if (!existsSync(file)) return null;
  const db = createDb(file);
  try {
    return { code: await getSetting(db, 'office_code'), name: await getSetting(db, 'office_name'), file };
  } finally {
    await db.destroy();
  }
}

async function auditRun(file: string, at: string, detail: unknown, periodSpec: string): Promise<void> {
  const db = createDb(file);
  try {
    await appendAudit(db, CLI_ACTOR, at, {
      action: 'consolidation.run',
      entity: 'exports',
      entityId: periodSpec,
      detail,
    });
  } finally {
    await db.destroy();
  }
}

/**
 * `consolidate <packages…> --out <path> [--format …]`: checks every unit package, keeps the newest per
 * unit, prints what was used, skipped and refused (with reasons), and writes the consolidated report.
 * Exit code 1 when no package is valid, 2 when some were refused.
 */
export async function runConsolidate(
  dataDir: string | undefined,
  paths: readonly string[],
  options: ConsolidateOptions,
): Promise<number> {
  const format = parseFormat(options.format);
  const packages = collectPackages(paths);
  if (packages.length === 0) throw new Error('Không tìm thấy gói .zip nào để tổng hợp.');
  const settings = await officeFromSettings(dataDir);
  const office = {
    code: options.officeCode ?? (settings?.code || 'TONG-HOP'),
    name: options.officeName ?? (settings?.name || 'Đơn vị tổng hợp'),
  };
  const at = toLocalIso(new Date());
  try {
    const { result, units, refused, skipped } = await consolidatePackages(packages, {
      office,
      generatedAt: at,
      appVersion: APP_VERSION,
    });
    for (const unit of units) console.log(`Dùng: ${unit.fileName} (${unit.code} – ${unit.name})`);
    for (const entry of skipped) console.log(`Bỏ qua: ${entry.fileName}: ${entry.reason}`);
    for (const entry of refused) console.error(`Từ chối: ${entry.fileName}: ${entry.reason}`);
    const written = await writeReportOutput(result, format, options.out);
    for (const file of written) console.log(`Đã ghi ${file.path} (SHA-256 ${file.sha256})`);
    console.log(`Tổng hợp ${units.length} đơn vị, kỳ ${result.period.spec} (${result.regime}).`);
    if (settings)
      await auditRun(
        settings.file,
        at,
        { units: units.map((u) => u.code), refused, skipped, out: written },
        result.period.spec,
      );
    return refused.length > 0 ? 2 : 0;
  } catch (error) {
    if (!(error instanceof PackageRefused)) throw error;
    console.error(`Lỗi: ${error.reason}`);
    return 1;
  }
}
