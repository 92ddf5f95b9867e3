import {
  currentWeek,
  numberLimit,
  PRESETS,
  weekDatesLabel,
  type PeriodChoice,
  type Preset,
} from './period-choice';

const NUMBER_LABELS: Partial<Record<Preset, string>> = { week: 'Tuần số', month: 'Tháng', quarter: 'Quý' };

/**
 * Preset (week … National Assembly year, custom range), the year, and the week, month or quarter. Weeks
 * start on the office's week start day (setting); choosing "Tuần" jumps to the week containing today.
 */
export function PeriodPicker({
  value,
  onChange,
  weekStartDay,
  today,
}: {
  value: PeriodChoice;
  onChange: (next: PeriodChoice) => void;
  weekStartDay: number;
  today: string;
}) {
  const limit = numberLimit(value.preset, value.year, weekStartDay);
  const weekDates = value.preset === 'week' ? weekDatesLabel(value.year, value.number, weekStartDay) : '';
  const set = (patch: Partial<PeriodChoice>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="period-picker">
      <legend>Kỳ báo cáo</legend>
      <label>
        Loại kỳ
        <select
          value={value.preset}
          onChange={(event) => {
            const preset = event.target.value as Preset;
            if (preset === 'week') return set({ preset, ...currentWeek(today, weekStartDay) });
            const max = numberLimit(preset, value.year, weekStartDay);
            set({ preset, number: max === 0 ? value.number : Math.min(Math.max(value.number, 1), max) });
          }}
        >
          {PRESETS.map((preset) => (
            <option key={preset.value} value={preset.value}>
              {preset.label}
            </option>
          ))}
        </select>
      </label>
      {value.preset === 'custom' ? (
        <>
          <label>
            Từ ngày
            <input type="date" value={value.from} onChange={(event) => set({ from: event.target.value })} />
          </label>
          <label>
            Đến ngày
            <input type="date" value={value.to} onChange={(event) => set({ to: event.target.value })} />
          </label>
        </>
      ) : (
        <>
          <label>
            Năm
            <input
              type="number"
              min={2000}
              max={2100}
              value={value.year}
              onChange={(event) => set({ year: Number(event.target.value) })}
            />
          </label>
          {limit > 0 && (
            <label>
              {NUMBER_LABELS[value.preset]}
              <input
                type="number"
                min={1}
                max={limit}
                value={value.number}
                onChange={(event) => set({ number: Number(event.target.value) })}
              />
            </label>
          )}
          {weekDates && <span className="muted week-dates">{weekDates}</span>}
        </>
      )}
    </fieldset>
  );
}
