import { useState, type FormEvent } from 'react';
import { HOLIDAY_KINDS } from '../../../../shared/contract/schedule';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import { call } from '../../api/api';
import { useCall } from '../../api/use-call';
import { ActionMessage } from './ActionMessage';
import { YearField } from './YearField';
import { useAction } from './use-action';

const KIND_LABELS: Record<(typeof HOLIDAY_KINDS)[number], string> = {
  le: 'Ngày lễ',
  tet: 'Tết Nguyên đán',
  nghi_bu: 'Nghỉ bù',
  khac: 'Nghỉ khác',
};

/** Ngày nghỉ: the seeded holidays of a year, editable (the Government fixes Tết days and swaps yearly). */
export function HolidaysPanel({ onChanged }: { onChanged: () => void }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const { message, version, run } = useAction();
  const { data, error } = useCall('schedule:holidays', { year }, version);
  const [form, setForm] = useState({ day: '', name: '', kind: 'khac' as (typeof HOLIDAY_KINDS)[number] });
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(() => call('schedule:save-holiday', form), `Đã lưu ngày nghỉ ${form.name}.`).then((ok) => {
      if (ok) onChanged();
    });
  };
  const remove = (day: string) =>
    void run(() => call('schedule:remove-holiday', { day }), `Đã bỏ ngày nghỉ ${formatLocalDate(day)}.`).then(
      (ok) => ok && onChanged(),
    );
  return (
    <section aria-labelledby="holidays-title" className="panel">
      <h2 id="holidays-title">Ngày nghỉ lễ, Tết</h2>
      <YearField year={year} onChange={setYear} />
      {error && <p role="alert">{error}</p>}
      <ActionMessage message={message} />
      <table className="register" aria-label={`Ngày nghỉ năm ${year}`}>
        <tbody>
          {(data ?? []).map((holiday) => (
            <tr key={holiday.day}>
              <td>{formatLocalDate(holiday.day)}</td>
              <td>{holiday.name}</td>
              <td>{KIND_LABELS[holiday.kind]}</td>
              <td>
                <button type="button" className="secondary" onClick={() => remove(holiday.day)}>
                  Bỏ
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form aria-label="Thêm ngày nghỉ" onSubmit={save}>
        <label className="field">
          Ngày
          <input type="date" value={form.day} onChange={(e) => setForm({ ...form, day: e.target.value })} />
        </label>
        <label className="field">
          Tên ngày nghỉ
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <label className="field">
          Loại
          <select
            value={form.kind}
            onChange={(e) => setForm({ ...form, kind: e.target.value as typeof form.kind })}
          >
            {HOLIDAY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Thêm ngày nghỉ</button>
      </form>
    </section>
  );
}
