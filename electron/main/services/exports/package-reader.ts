import { firstBrokenIdentity } from '../consolidation/identities';
import { jsonBytes, packageDate, sha256 } from './data-package';
import {
  ManifestSchema,
  PACKAGE_JSON,
  PACKAGE_MANIFEST,
  PACKAGE_MAX_BYTES,
  PackageReportSchema,
  type Manifest,
  type PackageReport,
} from './package-format';
import { readZip, storeZip, type ZipEntry } from './package-zip';

/** Why a package was refused, in Vietnamese, for the officer. */
export class PackageRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PackageRefused';
  }
}

export interface OpenedPackage {
  fileName: string;
  sha256: string;
  manifest: Manifest;
  report: PackageReport;
}

function parseJson(bytes: Buffer | undefined, what: string): unknown {
  if (!bytes) throw new PackageRefused(`Gói thiếu tệp ${what}: không phải gói báo cáo của Tiếp Dân.`);
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    throw new PackageRefused(`Tệp ${what} trong gói bị hỏng (không đọc được).`);
  }
}

function checkManifest(entries: readonly ZipEntry[]): Manifest {
  const raw = entries.find((entry) => entry.path === PACKAGE_MANIFEST)?.bytes;
  const parsed = ManifestSchema.safeParse(parseJson(raw, PACKAGE_MANIFEST));
  if (!parsed.success) throw new PackageRefused(`Tệp ${PACKAGE_MANIFEST} không đúng định dạng gói báo cáo.`);
  if (!jsonBytes(parsed.data).equals(raw!))
    throw new PackageRefused(`Tệp ${PACKAGE_MANIFEST} đã bị sửa đổi sau khi lập gói.`);
  const listed = new Set(parsed.data.files.map((file) => file.path));
  const extra = entries.find((entry) => entry.path !== PACKAGE_MANIFEST && !listed.has(entry.path));
  if (extra) throw new PackageRefused(`Gói có tệp lạ không có trong danh mục: ${extra.path}.`);
  for (const file of parsed.data.files) {
    const entry = entries.find((candidate) => candidate.path === file.path);
    if (!entry) throw new PackageRefused(`Gói thiếu tệp ${file.path} có trong danh mục.`);
    if (entry.bytes.length !== file.bytes || sha256(entry.bytes) !== file.sha256)
      throw new PackageRefused(`Tệp ${file.path} không khớp mã SHA-256 trong danh mục: gói đã bị sửa đổi.`);
  }
  return parsed.data;
}

function checkReport(entries: readonly ZipEntry[], manifest: Manifest): PackageReport {
  const parsed = PackageReportSchema.safeParse(
    parseJson(entries.find((entry) => entry.path === PACKAGE_JSON)?.bytes, PACKAGE_JSON),
  );
  if (!parsed.success) throw new PackageRefused(`Tệp ${PACKAGE_JSON} không đúng định dạng gói báo cáo.`);
  const report = parsed.data;
  if (
    report.office.code !== manifest.office.code ||
    report.period.spec !== manifest.periodSpec ||
    report.regime !== manifest.regime ||
    report.generatedAt !== manifest.generatedAt
  )
    throw new PackageRefused('Đơn vị, kỳ hoặc chế độ báo cáo trong gói không khớp danh mục.');
  for (const table of [...report.reports, ...(report.compare?.reports ?? [])]) {
    const broken = firstBrokenIdentity(table);
    if (broken) throw new PackageRefused(`Số liệu sai: ${broken}.`);
  }
  return report;
}

/**
 * Opens and checks one package: the archive, the manifest, every file's SHA-256, the JSON's shape and
 * identities, and finally the archive's exact bytes (rebuilt from its content), so one changed byte
 * anywhere is refused with its reason.
 */
export async function openPackage(fileName: string, bytes: Buffer): Promise<OpenedPackage> {
  if (bytes.length > PACKAGE_MAX_BYTES)
    throw new PackageRefused('Tệp quá lớn để là gói báo cáo (trên 50 MB).');
  let entries: ZipEntry[];
  try {
    entries = await readZip(bytes);
  } catch {
    throw new PackageRefused('Tệp không phải gói báo cáo (.zip) hoặc đã bị hỏng, sửa đổi.');
  }
  const manifest = checkManifest(entries);
  const report = checkReport(entries, manifest);
  const rebuilt = await storeZip(entries, packageDate(manifest));
  if (!rebuilt.equals(bytes))
    throw new PackageRefused('Cấu trúc tệp nén đã bị thay đổi sau khi lập gói: gói bị sửa đổi.');
  return { fileName, sha256: sha256(bytes), manifest, report };
}
