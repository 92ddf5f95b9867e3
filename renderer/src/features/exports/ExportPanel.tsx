import { useMemo } from 'react';
import type { TallyRequest } from '../../../../shared/reports/report-types';
import { ExportControls } from './ExportControls';
import { useCurrentUser } from '../auth/user-context';

/** Export of the report on screen (mounted on the report page): XLSX, PDF, CSV or the data package. */
/** Exports are for leaders and administrators (main refuses the others); receptionists are told so. */
export function ExportPanel({ request }: { request: TallyRequest }) {
  const { user } = useCurrentUser();
  if (user?.role === 'receptionist') {
    return <p className="hint">Xuất báo cáo và gửi gói số liệu dành cho lãnh đạo và quản trị viên.</p>;
  }
  return <ExportPanelBody request={request} />;
}

function ExportPanelBody({ request }: { request: TallyRequest }) {
  const { periodSpec, regime, compare } = request;
  const source = useMemo(
    () => ({ kind: 'tally' as const, request: { periodSpec, compare, ...(regime ? { regime } : {}) } }),
    [periodSpec, regime, compare],
  );
  return <ExportControls source={source} title="Xuất báo cáo" />;
}
