import { DEFAULT_WEEK_START_DAY } from '../../../../shared/domain/periods';
import type { DrillResult } from '../../../../shared/contract/reports';
import type { TallyRequest, TallyResult } from '../../../../shared/reports/report-types';
import { useCall, type CallState } from '../../api/use-call';

/** One figure the officer clicked: which report, row and column, in the period or its "cùng kỳ". */
export interface DrillTarget {
  reportId: string;
  rowKey: string;
  column: string;
  isCompared: boolean;
  /** What the figure is, for the list's heading. */
  label: string;
}

/** The tally of the request last submitted (null: nothing asked yet). */
export function useTally(request: TallyRequest | null): CallState<TallyResult> {
  return useCall('reports:tally', request);
}

/** The office's week start day (setting; Friday until it loads). */
export function useWeekStartDay(): number {
  return useCall('reports:week-start', {}).data?.weekStartDay ?? DEFAULT_WEEK_START_DAY;
}

/** The records behind the figure clicked. */
export function useDrill(request: TallyRequest | null, target: DrillTarget | null): CallState<DrillResult> {
  const input =
    request && target
      ? {
          periodSpec: request.periodSpec,
          ...(request.regime ? { regime: request.regime } : {}),
          reportId: target.reportId,
          rowKey: target.rowKey,
          column: target.column,
          isCompared: target.isCompared,
        }
      : null;
  return useCall('reports:drill', input);
}
