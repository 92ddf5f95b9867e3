import { useState, type FormEvent } from 'react';
import type { RuleView } from '../../../../shared/contract/schedule';
import { toLocalDate } from '../../../../shared/domain/local-time';
import { WEEKDAY_LABELS } from '../../../../shared/domain/schedule/dates';
import {
  LEADER_ROLES,
  LEADER_ROLE_LABELS,
  type LeaderRole,
} from '../../../../shared/domain/schedule/minimum-rules';
import { call } from '../../api/api';

interface RuleFormProps {
  /** The rule being edited; null adds a new one. */
  rule: RuleView | null;
  run: (action: () => Promise<unknown>, done: string) => Promise<boolean>;
  onDone: () => void;
}

function initial(rule: RuleView | null) {
  return {
    leaderName: rule?.leaderName ?? '',
    leaderRole: rule?.leaderRole ?? 'chu_tich_ubnd_xa',
    delegateName: rule?.delegateName ?? '',
    frequency: rule?.frequency ?? 'weekly',
    weekday: rule?.weekday ?? 5,
    monthWeeks: rule?.monthWeeks ?? [],
    startTime: rule?.startTime ?? '08:00',
    endTime: rule?.endTime ?? '11:00',
    place: rule?.place ?? '',
    validFrom: rule?.validFrom ?? toLocalDate(new Date()),
    validTo: rule?.validTo ?? '',
  };
}

/** A recurring reception rule: who, which weekday (every week or chosen weeks of the month), when, where. */
export function RuleForm({ rule, run, onDone }: RuleFormProps) {
  const [form, setForm] = useState(() => initial(rule));
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const toggleWeek = (week: number) =>
    set(
      'monthWeeks',
      form.monthWeeks.includes(week) ? form.monthWeeks.filter((w) => w !== week) : [...form.monthWeeks, week],
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { ...form, id: rule?.id ?? null, validTo: form.validTo === '' ? null : form.validTo };
    void run(() => call('schedule:save-rule', input), 'Đã lưu lịch tiếp định kỳ.').then((ok) => {
      if (!ok) return;
      setForm(initial(null));
      onDone();
    });
  };
  return (
    <form
      className="panel rule-form"
      aria-label={rule ? 'Sửa lịch tiếp định kỳ' : 'Thêm lịch tiếp định kỳ'}
      onSubmit={submit}
    >
      <h3>{rule ? 'Sửa lịch tiếp định kỳ' : 'Thêm lịch tiếp định kỳ'}</h3>
      <label className="field">
        Người tiếp
        <input
          value={form.leaderName}
          onChange={(e) => set('leaderName', e.target.value)}
          autoComplete="off"
        />
      </label>
      <label className="field">
        Chức vụ
        <select value={form.leaderRole} onChange={(e) => set('leaderRole', e.target.value as LeaderRole)}>
          {LEADER_ROLES.map((role) => (
            <option key={role} value={role}>
              {LEADER_ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Người được ủy quyền (nếu có)
        <input
          value={form.delegateName}
          onChange={(e) => set('delegateName', e.target.value)}
          autoComplete="off"
        />
      </label>
      <label className="field">
        Tần suất
        <select
          value={form.frequency}
          onChange={(e) => set('frequency', e.target.value as 'weekly' | 'monthly')}
        >
          <option value="weekly">Hằng tuần</option>
          <option value="monthly">Hằng tháng (chọn tuần)</option>
        </select>
      </label>
      <label className="field">
        Thứ trong tuần
        <select value={form.weekday} onChange={(e) => set('weekday', Number(e.target.value))}>
          {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
            <option key={weekday} value={weekday}>
              {WEEKDAY_LABELS[weekday]}
            </option>
          ))}
        </select>
      </label>
      {form.frequency === 'monthly' && (
        <fieldset>
          <legend>Tuần trong tháng</legend>
          {[1, 2, 3, 4, 5].map((week) => (
            <label key={week}>
              <input
                type="checkbox"
                checked={form.monthWeeks.includes(week)}
                onChange={() => toggleWeek(week)}
              />{' '}
              Tuần {week}
            </label>
          ))}
        </fieldset>
      )}
      <label className="field">
        Giờ bắt đầu
        <input type="time" value={form.startTime} onChange={(e) => set('startTime', e.target.value)} />
      </label>
      <label className="field">
        Giờ kết thúc
        <input type="time" value={form.endTime} onChange={(e) => set('endTime', e.target.value)} />
      </label>
      <label className="field">
        Địa điểm
        <input value={form.place} onChange={(e) => set('place', e.target.value)} autoComplete="off" />
      </label>
      <label className="field">
        Áp dụng từ ngày
        <input type="date" value={form.validFrom} onChange={(e) => set('validFrom', e.target.value)} />
      </label>
      <label className="field">
        Áp dụng đến ngày (để trống nếu không hạn)
        <input type="date" value={form.validTo} onChange={(e) => set('validTo', e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit">Lưu lịch</button>
        {rule && (
          <button type="button" className="secondary" onClick={onDone}>
            Thôi
          </button>
        )}
      </div>
    </form>
  );
}
