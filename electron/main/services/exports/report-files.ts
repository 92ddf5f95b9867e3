import { AppError } from '../../../../shared/contract/envelope';
import type { ExportFormat } from '../../../../shared/contract/exports';
import type { TallyResult } from '../../../../shared/reports/report-types';
import { writeCsvFiles, type NamedFile } from './csv-writer';
import { buildDataPackage } from './data-package';
import { resultFileStem } from './file-names';
import { storeZip } from './package-zip';
import { writePdf } from './pdf-writer';
import { writeXlsx } from './xlsx-writer';

/** Upstream tells packages apart by this code; the package format requires it. */
const OFFICE_CODE = /^[A-Za-z0-9._-]{1,40}$/;

export const MIME: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv',
  zip: 'application/zip',
};

/** The files one export writes: one XLSX, one PDF, a CSV per report, or the data package. */
export async function renderFiles(result: TallyResult, format: ExportFormat): Promise<NamedFile[]> {
  const stem = resultFileStem(result);
  switch (format) {
    case 'xlsx':
      return [{ name: `${stem}.xlsx`, bytes: await writeXlsx(result) }];
    case 'pdf':
      return [{ name: `${stem}.pdf`, bytes: await writePdf(result) }];
    case 'csv':
      return writeCsvFiles(result);
    case 'package': {
      if (!OFFICE_CODE.test(result.office.code))
        throw new AppError(
          'CONFLICT',
          'Chưa đặt mã đơn vị: hãy vào Cài đặt → Cơ quan, nhập "Mã đơn vị" (ví dụ UBNDXA01) rồi lập gói dữ liệu.',
        );
      const built = await buildDataPackage(result);
      return [{ name: built.fileName, bytes: built.bytes }];
    }
  }
}

/** One file for a browser download: several CSVs travel in one .zip. */
export async function renderSingleFile(result: TallyResult, format: ExportFormat): Promise<NamedFile> {
  const files = await renderFiles(result, format);
  if (files.length === 1) return files[0]!;
  const bytes = await storeZip(
    files.map((file) => ({ path: file.name, bytes: file.bytes })),
    new Date(result.generatedAt),
  );
  return { name: `${resultFileStem(result)}-csv.zip`, bytes };
}

export function mimeOf(fileName: string): string {
  return MIME[fileName.slice(fileName.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}
