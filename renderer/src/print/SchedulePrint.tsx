import { useSearchParams } from 'react-router';
import type { PrintSettings } from '../../../shared/contract/print';
import type { SittingView } from '../../../shared/contract/schedule';
import { formatLocalDate, toLocalDate } from '../../../shared/domain/local-time';
import { isoWeekday, WEEKDAY_LABELS } from '../../../shared/domain/schedule/dates';
import { useCall } from '../api/use-call';
import { DocumentHeader } from './DocumentHeader';
import { PrintFrame } from './PrintFrame';
import { upper } from './print-text';
import { SignatureBlock } from './SignatureBlock';

/** Lịch tiếp công dân as published: the sittings of a period that are announced, to post and send. */
export function SchedulePrint() {
  const [search] = useSearchParams();
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const calendar = useCall('schedule:calendar', { from, to });
  const settings = useCall('settings:print', {});
  const published = calendar.data?.sittings.filter((s) => s.isPublished) ?? null;
  return (
    <PrintFrame
      kind="schedule"
      entityId={`${from}..${to}`}
      isReady={published !== null && settings.data !== null}
      error={calendar.error ?? settings.error}
      rememberedPrinter={settings.data?.printers.schedule ?? ''}
    >
      {published !== null && settings.data !== null && (
        <ScheduleSheet sittings={published} settings={settings.data} from={from} to={to} />
      )}
    </PrintFrame>
  );
}

interface SheetProps {
  sittings: SittingView[];
  settings: PrintSettings;
  from: string;
  to: string;
}

function ScheduleSheet({ sittings, settings, from, to }: SheetProps) {
  return (
    <>
      <DocumentHeader settings={settings} number={null} date={toLocalDate(new Date())} />
      <h2 className="doc-title">LỊCH TIẾP CÔNG DÂN CỦA LÃNH ĐẠO</h2>
      <p className="doc-subtitle">
        Từ ngày {formatLocalDate(from)} đến ngày {formatLocalDate(to)}
      </p>
      <table className="doc-table" aria-label="Lịch tiếp công dân">
        <thead>
          <tr>
            <th>STT</th>
            <th>Ngày</th>
            <th>Thời gian</th>
            <th>Người tiếp</th>
            <th>Địa điểm</th>
          </tr>
        </thead>
        <tbody>
          {sittings.map((sitting, index) => (
            <tr key={`${sitting.ruleId}-${sitting.plannedDay}`}>
              <td>{index + 1}</td>
              <td>
                {WEEKDAY_LABELS[isoWeekday(sitting.day)]}, {formatLocalDate(sitting.day)}
              </td>
              <td>
                {sitting.startTime}–{sitting.endTime}
              </td>
              <td>
                {sitting.delegateName ?? sitting.leaderName}
                {sitting.delegateName && ` (được ủy quyền)`}
              </td>
              <td>{sitting.place}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sittings.length === 0 && <p>Chưa có buổi tiếp nào được công bố trong thời gian này.</p>}
      <SignatureBlock
        left={
          <div className="recipients">
            <p>
              <em>Nơi nhận:</em>
            </p>
            <p>- Niêm yết tại trụ sở tiếp công dân;</p>
            <p>- Đăng trên cổng thông tin điện tử;</p>
            <p>- Lưu: VT.</p>
          </div>
        }
        right={{
          title: upper(settings.headTitle),
          hint: '(Ký, ghi rõ họ tên, đóng dấu)',
          name: settings.headName,
        }}
      />
    </>
  );
}
