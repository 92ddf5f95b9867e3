import type { ReportTable, TallyResult } from '../../../../shared/reports/report-types';

/** Characters FAT32 and exFAT refuse in a long file name (control characters fail the ASCII test). */
const FAT_FORBIDDEN = /["*/:<>?\\|]/;
/** Device names Windows and FAT reserve, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_LENGTH = 120;

/** Whether a name is safe on FAT32/exFAT and in every OS's file dialog: printable ASCII, FAT's rules. */
export function isFatSafeName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    /^[\u0020-\u007e]+$/.test(name) &&
    !FAT_FORBIDDEN.test(name) &&
    !/[ .]$/.test(name) &&
    !name.startsWith(' ') &&
    !RESERVED.test(name.split('.')[0] ?? '')
  );
}

/**
 * Turns any text (Vietnamese labels, period specs, unit codes) into a FAT-safe ASCII name part:
 * diacritics dropped (đ → d), anything but letters, digits, '.', '_' and '-' becomes '-'.
 */
export function safeNamePart(text: string): string {
  const ascii = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/\.\./g, '_')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_LENGTH);
  const safe = ascii === '' ? 'tep' : ascii;
  return RESERVED.test(safe.split('.')[0] ?? '') ? `_${safe}` : safe;
}

/** "UBNDXA01-2024-H1-tt06-2025": who, which period, which regime. */
export function resultFileStem(result: Pick<TallyResult, 'office' | 'period' | 'regime'>): string {
  return safeNamePart(`${result.office.code || 'donvi'}-${result.period.spec}-${result.regime}`);
}

/** "01-TCD" from "Biểu số 01/TCD", else the report id. */
export function reportFileStem(report: ReportTable): string {
  const code = report.formCode.replace(/^Biểu số\s*/i, '');
  return safeNamePart(/^\d/.test(code) ? code : report.reportId);
}
