import type { HolidayView, SittingView } from '../../../../shared/contract/schedule';
import { WEEKDAY_LABELS } from '../../../../shared/domain/schedule/dates';
import { monthWeeks } from './month-range';
import { sittingWho } from './sitting-labels';

interface CalendarGridProps {
  month: string;
  sittings: SittingView[];
  holidays: HolidayView[];
}

/** The month, Monday first: holidays and each day's sittings. */
export function CalendarGrid({ month, sittings, holidays }: CalendarGridProps) {
  const [year, monthNumber] = month.split('-');
  return (
    <table className="calendar" aria-label={`Lịch tháng ${monthNumber}/${year}`}>
      <thead>
        <tr>
          {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
            <th key={weekday} scope="col">
              {WEEKDAY_LABELS[weekday]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week, index) => (
          <tr key={index}>
            {week.map((day, column) =>
              day === null ? (
                <td key={column} className="calendar-empty" />
              ) : (
                <DayCell key={day} day={day} sittings={sittings} holidays={holidays} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayCell({
  day,
  sittings,
  holidays,
}: {
  day: string;
  sittings: SittingView[];
  holidays: HolidayView[];
}) {
  const holiday = holidays.find((h) => h.day === day);
  const ofDay = sittings.filter((s) => s.day === day);
  return (
    <td className={holiday ? 'calendar-day calendar-holiday' : 'calendar-day'}>
      <span className="calendar-number">{Number(day.slice(8))}</span>
      {holiday && <span className="calendar-note">{holiday.name}</span>}
      {ofDay.map((sitting) => (
        <span key={`${sitting.ruleId}-${sitting.plannedDay}`} className="calendar-sitting">
          {sitting.startTime} {sittingWho(sitting)}
          {!sitting.isPublished && ' (chưa công bố)'}
        </span>
      ))}
    </td>
  );
}
