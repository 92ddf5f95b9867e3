import './schedule.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { toLocalDate } from '../../../../shared/domain/local-time';
import { call } from '../../api/api';
import { useCall } from '../../api/use-call';
import { ActionMessage } from './ActionMessage';
import { AdHocSessionForm } from './AdHocSessionForm';
import { CalendarGrid } from './CalendarGrid';
import { CompliancePanel } from './CompliancePanel';
import { HolidaysPanel } from './HolidaysPanel';
import { monthRange } from './month-range';
import { RulesPanel } from './RulesPanel';
import { SessionsPanel } from './SessionsPanel';
import { SittingsTable } from './SittingsTable';
import { useAction } from './use-action';

/** Lịch tiếp: the leaders' rules, the month's calendar, publishing, sessions, holidays, compliance. */
export function SchedulePage() {
  const [month, setMonth] = useState(() => toLocalDate(new Date()).slice(0, 7));
  const { message, version, run } = useAction();
  const [holidayVersion, setHolidayVersion] = useState(0);
  const range = monthRange(month);
  const calendar = useCall('schedule:calendar', range, version + holidayVersion);
  const rules = useCall('schedule:rules', {}, version);
  const [year, monthNumber] = month.split('-');
  const publish = () =>
    void run(async () => {
      const { published } = await call('schedule:publish', range);
      if (published === 0) throw new Error('Mọi buổi tiếp trong tháng đã được công bố từ trước.');
    }, `Đã công bố lịch tiếp tháng ${monthNumber}/${year}.`);
  return (
    <section aria-labelledby="schedule-title" className="page schedule-page">
      <h1 id="schedule-title">Lịch tiếp công dân của lãnh đạo</h1>
      <ActionMessage message={message} />
      <div className="schedule-toolbar">
        <label className="field">
          Tháng
          <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />
        </label>
        <button type="button" onClick={publish}>
          Công bố lịch tháng
        </button>
        <Link to={`/print/schedule?from=${range.from}&to=${range.to}`}>In lịch tiếp</Link>
      </div>
      {calendar.error && <p role="alert">{calendar.error}</p>}
      {calendar.data && (
        <>
          <CalendarGrid month={month} sittings={calendar.data.sittings} holidays={calendar.data.holidays} />
          <SittingsTable sittings={calendar.data.sittings} run={run} />
        </>
      )}
      <SessionsPanel range={range} version={version} />
      <AdHocSessionForm run={run} />
      <RulesPanel rules={rules.data ?? []} run={run} />
      <CompliancePanel key={month} month={month} version={version} />
      <HolidaysPanel onChanged={() => setHolidayVersion((v) => v + 1)} />
    </section>
  );
}
