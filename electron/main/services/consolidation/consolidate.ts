import { formatCount } from '../../../../shared/domain/number-format';
import type { OfficeIdentity, ReportTable, TallyResult } from '../../../../shared/reports/report-types';
import type { RegimeId } from '../../../../shared/domain/periods/regimes';
import { openPackage, PackageRefused, type OpenedPackage } from '../exports/package-reader';
import { consolidateReports, type UnitReports } from './sum-reports';

export interface PackageFile {
  name: string;
  bytes: Buffer;
}

export interface ConsolidationOptions {
  /** The upstream office doing the consolidation. */
  office: OfficeIdentity;
  generatedAt: string;
  appVersion: string;
  /** The period and regime being consolidated; by default those of the first valid package. */
  expect?: { periodSpec: string; regime: RegimeId };
}

export interface ConsolidatedUnit {
  fileName: string;
  code: string;
  name: string;
  generatedAt: string;
  sha256: string;
}

export interface Consolidation {
  result: TallyResult;
  units: ConsolidatedUnit[];
  /** Packages refused, with the reason in Vietnamese. */
  refused: { fileName: string; reason: string }[];
  /** Valid packages left out: an exact duplicate, or an older version of a unit whose newer one is used. */
  skipped: { fileName: string; reason: string }[];
}

async function openAll(files: readonly PackageFile[]) {
  const opened: OpenedPackage[] = [];
  const refused: Consolidation['refused'] = [];
  for (const file of files) {
    try {
      opened.push(await openPackage(file.name, file.bytes));
    } catch (error) {
      if (!(error instanceof PackageRefused)) throw error;
      refused.push({ fileName: file.name, reason: error.reason });
    }
  }
  return { opened, refused };
}

function describeTime(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return match ? `${match[4]}:${match[5]} ngày ${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** One package per unit: exact duplicates dropped, the newest version of each unit kept, and said so. */
function newestPerUnit(
  packages: readonly OpenedPackage[],
  skipped: Consolidation['skipped'],
): OpenedPackage[] {
  const kept = new Map<string, OpenedPackage>();
  for (const candidate of packages) {
    const code = candidate.report.office.code;
    const current = kept.get(code);
    if (!current) {
      kept.set(code, candidate);
      continue;
    }
    if (current.sha256 === candidate.sha256) {
      skipped.push({
        fileName: candidate.fileName,
        reason: `Trùng hệt tệp ${current.fileName}: chỉ tính một lần.`,
      });
      continue;
    }
    if (candidate.report.generatedAt === current.report.generatedAt) {
      skipped.push({
        fileName: candidate.fileName,
        reason: `Đơn vị ${code} có hai gói cùng lập lúc ${describeTime(current.report.generatedAt)} nhưng khác nội dung: dùng tệp ${current.fileName}; hãy hỏi lại đơn vị.`,
      });
      continue;
    }
    const [newer, older] =
      candidate.report.generatedAt > current.report.generatedAt ? [candidate, current] : [current, candidate];
    kept.set(code, newer);
    skipped.push({
      fileName: older.fileName,
      reason: `Đơn vị ${code} có bản mới hơn (tệp ${newer.fileName}, lập lúc ${describeTime(newer.report.generatedAt)}): dùng bản mới nhất, bỏ bản lập lúc ${describeTime(older.report.generatedAt)}.`,
    });
  }
  return [...kept.values()];
}

function narrative(
  label: string,
  office: OfficeIdentity,
  units: number,
  bieu01: ReportTable | undefined,
): string {
  const total = bieu01?.rows.find((row) => row.isTotal === true)?.values ?? {};
  const count = (key: string) => formatCount(total[key] ?? 0);
  return `Trong ${label}, ${units} đơn vị thuộc ${office.name} đã tiếp ${count('1')} lượt với ${count('2')} người, ${count('3')} vụ việc.`;
}

/**
 * Upstream consolidation: checks every package, keeps one per unit (the newest), refuses those of another
 * period or regime, and sums them into a TallyResult the same writers export.
 */
export async function consolidatePackages(
  files: readonly PackageFile[],
  options: ConsolidationOptions,
): Promise<Consolidation> {
  const { opened, refused } = await openAll(files);
  const first = opened[0]?.report;
  const target = options.expect ?? (first ? { periodSpec: first.period.spec, regime: first.regime } : null);
  const matching = opened.filter((candidate) => {
    const { period, regime } = candidate.report;
    if (target && period.spec === target.periodSpec && regime === target.regime) return true;
    refused.push({
      fileName: candidate.fileName,
      reason: `Gói của kỳ ${period.spec} theo chế độ ${regime}, khác kỳ đang tổng hợp ${target?.periodSpec ?? '?'} (${target?.regime ?? '?'}).`,
    });
    return false;
  });
  const skipped: Consolidation['skipped'] = [];
  const kept = newestPerUnit(matching, skipped).sort((a, b) =>
    a.report.office.code.localeCompare(b.report.office.code),
  );
  const reference = kept[0]?.report;
  if (!reference) {
    const reasons = refused.map((entry) => `${entry.fileName}: ${entry.reason}`).join(' ');
    throw new PackageRefused(`Không có gói báo cáo hợp lệ nào để tổng hợp. ${reasons}`.trim());
  }
  const unitsOf = (pick: (pkg: OpenedPackage) => ReportTable[]): UnitReports[] =>
    kept.map((pkg) => ({ code: pkg.report.office.code, name: pkg.report.office.name, reports: pick(pkg) }));
  const reports = consolidateReports(unitsOf((pkg) => pkg.report.reports));
  const hasCompare = kept.every((pkg) => pkg.report.compare !== undefined);
  const result: TallyResult = {
    office: options.office,
    regime: reference.regime,
    period: reference.period,
    reports,
    ...(hasCompare
      ? {
          compare: {
            period: reference.compare!.period,
            reports: consolidateReports(unitsOf((pkg) => pkg.report.compare!.reports)),
          },
        }
      : {}),
    narrative: narrative(reference.period.label, options.office, kept.length, reports[0]),
    generatedAt: options.generatedAt,
    appVersion: options.appVersion,
  };
  const units = kept.map((pkg) => ({
    fileName: pkg.fileName,
    code: pkg.report.office.code,
    name: pkg.report.office.name,
    generatedAt: pkg.report.generatedAt,
    sha256: pkg.sha256,
  }));
  return { result, units, refused, skipped };
}
