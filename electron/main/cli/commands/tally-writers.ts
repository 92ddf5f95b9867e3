import { needsOutline, outlineReportText } from '../../../../shared/reports/outline-report';
import type { ReportTable, TallyResult } from '../../../../shared/reports/report-types';

/** Biểu 01/TCD's first row (the office, or the total when consolidated), keyed by column number. */
function form01Values(reports: readonly ReportTable[]): Record<string, number> {
  const form = reports.find((report) => report.reportId === 'bieu-01-tcd');
  const row = form?.rows.find((candidate) => candidate.isTotal) ?? form?.rows[0];
  return row ? { ...row.values } : {};
}

/**
 * The JSON of `tally --format json`: 01/TCD columns by number ("1", "2"…), cùng kỳ likewise, the narrative
 * and, for the periods that need one, the written report.
 */
export function tallyJson(result: TallyResult): object {
  return {
    office: result.office,
    regime: result.regime,
    period: result.period,
    bieu01Tcd: form01Values(result.reports),
    ...(result.compare
      ? {
          compare: {
            period: result.compare.period,
            bieu01Tcd: form01Values(result.compare.reports),
            summary: result.compareSummary,
            reports: result.compare.reports,
          },
        }
      : {}),
    narrative: result.narrative,
    /** The written report under the Mẫu số 02 outline, for Q1, 6 tháng, 9 tháng and năm; null otherwise. */
    outline: needsOutline(result.period.spec) ? outlineReportText(result) : null,
    summary: result.summary,
    reports: result.reports,
    generatedAt: result.generatedAt,
    appVersion: result.appVersion,
  };
}
