import { useMemo } from 'react';
import type { TallyRequest } from '../../../../shared/reports/report-types';
import { ExportControls } from './ExportControls';

/** Export of the report on screen (mounted on the report page): XLSX, PDF, CSV or the data package. */
export function ExportPanel({ request }: { request: TallyRequest }) {
  const { periodSpec, regime, compare } = request;
  const source = useMemo(
    () => ({ kind: 'tally' as const, request: { periodSpec, compare, ...(regime ? { regime } : {}) } }),
    [periodSpec, regime, compare],
  );
  return <ExportControls source={source} title="Xuất báo cáo" />;
}
