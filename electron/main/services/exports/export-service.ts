import { unlink } from 'node:fs/promises';
import type {
  DownloadView,
  ExportDoneView,
  ExportFormat,
  ExportSource,
} from '../../../../shared/contract/exports';
import { AppError } from '../../../../shared/contract/envelope';
import { toLocalIso } from '../../../../shared/domain/local-time';
import type { TallyRequest, TallyResult } from '../../../../shared/reports/report-types';
import { appendAudit } from '../audit';
import { consolidatePackages, type Consolidation } from '../consolidation/consolidate';
import type { ServiceContext } from '../context';
import { getSetting } from '../settings';
import { sha256 } from './data-package';
import { DriveWriteError } from './drive-errors';
import { logExport } from './export-log';
import { PackageRefused } from './package-reader';
import type { RemovableDrive } from './removable-drives';
import { mimeOf, renderFiles, renderSingleFile } from './report-files';
import { writeVerified, type WriteHooks, type WrittenFile } from './verified-write';

/** The tally engine, injected (part of the reports feature); absent, tally exports say so. */
export type ComputeTally = (request: TallyRequest) => Promise<TallyResult>;

export interface ExportDeps {
  compute?: ComputeTally;
  drives: () => Promise<RemovableDrive[]>;
  appVersion: string;
  hooks?: WriteHooks;
}

type PackageInput = Extract<ExportSource, { kind: 'packages' }>['files'];

/** Checks and sums uploaded unit packages for the office in the settings; audited. */
export async function consolidateUploaded(
  ctx: ServiceContext,
  deps: Pick<ExportDeps, 'appVersion'>,
  files: PackageInput,
): Promise<Consolidation> {
  const office = {
    code: (await getSetting(ctx.db, 'office_code')) || 'TONG-HOP',
    name: (await getSetting(ctx.db, 'office_name')) || 'Đơn vị tổng hợp',
  };
  const at = toLocalIso(ctx.clock());
  const packages = files.map((file) => ({
    name: file.fileName,
    bytes: Buffer.from(file.contentBase64, 'base64'),
  }));
  let consolidation: Consolidation;
  try {
    consolidation = await consolidatePackages(packages, {
      office,
      generatedAt: at,
      appVersion: deps.appVersion,
    });
  } catch (error) {
    if (!(error instanceof PackageRefused)) throw error;
    throw new AppError('INVALID_INPUT', `${error.reason} Hãy chọn các gói .zip do Tiếp Dân của đơn vị lập.`);
  }
  await appendAudit(ctx.db, ctx.actor, at, {
    action: 'consolidation.run',
    entity: 'exports',
    entityId: consolidation.result.period.spec,
    detail: {
      units: consolidation.units.map((unit) => ({
        code: unit.code,
        file: unit.fileName,
        sha256: unit.sha256,
      })),
      refused: consolidation.refused,
      skipped: consolidation.skipped,
    },
  });
  return consolidation;
}

async function resolveSource(
  ctx: ServiceContext,
  deps: ExportDeps,
  source: ExportSource,
): Promise<TallyResult> {
  if (source.kind === 'packages') return (await consolidateUploaded(ctx, deps, source.files)).result;
  if (!deps.compute)
    throw new AppError('CONFLICT', 'Phiên bản này chưa có bộ tính số liệu báo cáo; hãy cập nhật ứng dụng.');
  return deps.compute({ ...source.request, compare: source.request.compare });
}

function logKind(source: ExportSource, format: ExportFormat) {
  return source.kind === 'packages' ? ('consolidated' as const) : format;
}

/**
 * Writes a report to a drive picked from the current list (never a path the renderer made up); each file
 * is verified on the drive. On failure, files already written by this export are removed, so nothing
 * incomplete is left, and the failure is logged with the reason the officer saw.
 */
export async function exportToDrive(
  ctx: ServiceContext,
  deps: ExportDeps,
  input: { source: ExportSource; format: ExportFormat; mount: string },
): Promise<ExportDoneView> {
  const drive = (await deps.drives()).find((candidate) => candidate.mount === input.mount);
  if (!drive)
    throw new AppError('NOT_FOUND', 'Không thấy ổ USB đã chọn: hãy cắm ổ rồi chọn lại trong danh sách.');
  const result = await resolveSource(ctx, deps, input.source);
  const files = await renderFiles(result, input.format);
  const target = `${drive.label} (${drive.mount})`;
  const record = {
    kind: logKind(input.source, input.format),
    periodSpec: result.period.spec,
    regime: result.regime,
    target,
  };
  const written: WrittenFile[] = [];
  try {
    for (const file of files)
      written.push(await writeVerified(drive.mount, drive.label, file.name, file.bytes, deps.hooks));
  } catch (error) {
    await Promise.all(written.map((file) => unlink(file.path).catch(() => undefined)));
    const message = error instanceof DriveWriteError ? error.message : String(error);
    const attempted = files.map((file) => ({
      fileName: file.name,
      bytes: file.bytes.length,
      sha256: sha256(file.bytes),
    }));
    await logExport(ctx.db, ctx.actor, toLocalIso(ctx.clock()), {
      ...record,
      files: attempted,
      status: 'failed',
      error: message,
    });
    throw new AppError('CONFLICT', message);
  }
  const done = written.map(({ fileName, bytes, sha256: hash }) => ({ fileName, bytes, sha256: hash }));
  await logExport(ctx.db, ctx.actor, toLocalIso(ctx.clock()), {
    ...record,
    files: done,
    status: 'ok',
    error: null,
  });
  return { target, files: done };
}

/** The file for a browser download (the browser fallback cannot reach drives); logged like a drive export. */
export async function exportDownload(
  ctx: ServiceContext,
  deps: ExportDeps,
  input: { source: ExportSource; format: ExportFormat },
): Promise<DownloadView> {
  const result = await resolveSource(ctx, deps, input.source);
  const file = await renderSingleFile(result, input.format);
  const hash = sha256(file.bytes);
  await logExport(ctx.db, ctx.actor, toLocalIso(ctx.clock()), {
    kind: logKind(input.source, input.format),
    periodSpec: result.period.spec,
    regime: result.regime,
    target: 'tải về qua trình duyệt',
    files: [{ fileName: file.name, bytes: file.bytes.length, sha256: hash }],
    status: 'ok',
    error: null,
  });
  return {
    fileName: file.name,
    mime: mimeOf(file.name),
    contentBase64: file.bytes.toString('base64'),
    sha256: hash,
  };
}
