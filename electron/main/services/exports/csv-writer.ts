import type { ReportTable, TallyResult } from '../../../../shared/reports/report-types';
import { periodLine, placeHeader, valueOf } from './report-layout';
import { reportFileStem, resultFileStem } from './file-names';

/** Excel opens UTF-8 CSV with Vietnamese text correctly only when the file starts with a BOM. */
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function quote(text: string): string {
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Each column's header path, "Tiếp thường xuyên › Lượt", from the merged header cells above it. */
export function flatHeader(report: ReportTable): string[] {
  const width = report.columns.length + 1;
  const paths: string[][] = Array.from({ length: width }, () => []);
  for (const cell of placeHeader(report.header))
    for (let col = cell.col; col < cell.col + cell.colSpan && col < width; col += 1)
      paths[col]!.push(cell.text);
  return paths.map((parts) => parts.join(' › '));
}

/** One report as CSV text lines: title, period, the flattened header, the "MS" row, data rows. */
export function csvLines(report: ReportTable, periodNote = ''): string[] {
  const line = (cells: string[]) => cells.map(quote).join(',');
  return [
    line([report.formCode]),
    line([report.title]),
    line([`${periodLine(report.period)}${periodNote}`]),
    line(flatHeader(report)),
    line(['MS', ...report.columns]),
    ...report.rows.map((row) =>
      line([row.label, ...report.columns.map((key) => String(valueOf(row.values, key)))]),
    ),
    ...report.notes.map((note) => line([note])),
  ];
}

export function writeCsv(report: ReportTable, periodNote = ''): Buffer {
  return Buffer.concat([UTF8_BOM, Buffer.from(`${csvLines(report, periodNote).join('\r\n')}\r\n`, 'utf8')]);
}

export interface NamedFile {
  name: string;
  bytes: Buffer;
}

/** One CSV per report (and per compared report), named safely for FAT drives. */
export function writeCsvFiles(result: TallyResult): NamedFile[] {
  const stem = resultFileStem(result);
  const files = result.reports.map((report) => ({
    name: `${stem}-${reportFileStem(report)}.csv`,
    bytes: writeCsv(report),
  }));
  for (const report of result.compare?.reports ?? [])
    files.push({
      name: `${stem}-${reportFileStem(report)}-cung-ky.csv`,
      bytes: writeCsv(report, ' (cùng kỳ)'),
    });
  return files;
}
