import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { TallyResult } from '../../../../shared/reports/report-types';
import { jsonBytes, sha256 } from '../../services/exports/data-package';
import { resultFileStem } from '../../services/exports/file-names';
import { renderFiles } from '../../services/exports/report-files';
import type { NamedFile } from '../../services/exports/csv-writer';
import { tallyJson } from './tally-writers';

export const OUTPUT_FORMATS = ['json', 'xlsx', 'pdf', 'csv', 'package'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function parseFormat(value: string): OutputFormat {
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new Error(`Định dạng "${value}" không có; hãy dùng một trong: ${OUTPUT_FORMATS.join(', ')}.`);
}

async function filesFor(result: TallyResult, format: OutputFormat): Promise<NamedFile[]> {
  if (format === 'json')
    return [{ name: `${resultFileStem(result)}.json`, bytes: jsonBytes(tallyJson(result)) }];
  return renderFiles(result, format);
}

/** Temporary name then rename: an interrupted run never leaves a partial file under the real name. */
function writeAtomically(path: string, bytes: Buffer): void {
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
}

/**
 * Writes a result in a format to `--out`: a file path for one file, or a folder (created if needed) for
 * several files (CSV) or when `--out` is an existing folder. Returns the paths with their SHA-256.
 */
export async function writeReportOutput(
  result: TallyResult,
  format: OutputFormat,
  out: string,
): Promise<{ path: string; sha256: string }[]> {
  const files = await filesFor(result, format);
  const target = resolve(out);
  const isFolder = files.length > 1 || (existsSync(target) && statSync(target).isDirectory());
  if (isFolder) mkdirSync(target, { recursive: true });
  else mkdirSync(dirname(target), { recursive: true });
  return files.map((file) => {
    const path = isFolder ? join(target, file.name) : target;
    writeAtomically(path, file.bytes);
    return { path, sha256: sha256(file.bytes) };
  });
}
