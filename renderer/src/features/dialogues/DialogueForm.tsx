import { useState, type FormEvent } from 'react';
import {
  DialogueInput,
  DIALOGUE_LEVELS,
  DIALOGUE_LEVEL_LABELS,
  type DialogueView,
} from '../../../../shared/contract/dialogues';
import { toLocalDate } from '../../../../shared/domain/local-time';
import { call } from '../../api/api';

function initial(dialogue: DialogueView | null) {
  return {
    heldOn: dialogue?.heldOn ?? toLocalDate(new Date()),
    presidedBy: dialogue?.presidedBy ?? '',
    level: dialogue?.level ?? 'xa',
    place: dialogue?.place ?? '',
    topic: dialogue?.topic ?? '',
    attendees: String(dialogue?.attendees ?? ''),
    opinions: String(dialogue?.opinions ?? ''),
    answered: String(dialogue?.answered ?? ''),
    acceptedForFollowUp: String(dialogue?.acceptedForFollowUp ?? '0'),
    note: dialogue?.note ?? '',
    caseCodes: dialogue?.cases.map((c) => c.code).join(', ') ?? '',
  };
}

type Draft = ReturnType<typeof initial>;
const COUNTS: [keyof Draft, string][] = [
  ['attendees', 'Số đại biểu'],
  ['opinions', 'Số ý kiến'],
  ['answered', 'Số ý kiến đã trả lời'],
  ['acceptedForFollowUp', 'Số ý kiến tiếp thu'],
];

/** A number typed by the officer; blank or not a number goes to main as text, which answers why. */
function toCount(text: string): number | string {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : text;
}

interface DialogueFormProps {
  dialogue: DialogueView | null;
  run: (action: () => Promise<unknown>, done: string) => Promise<boolean>;
  onDone: () => void;
}

/** Records a dialogue conference or edits one (main audits each changed field). */
export function DialogueForm({ dialogue, run, onDone }: DialogueFormProps) {
  const [form, setForm] = useState(() => initial(dialogue));
  const set = (key: keyof Draft, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      ...form,
      id: dialogue?.id ?? null,
      attendees: toCount(form.attendees),
      opinions: toCount(form.opinions),
      answered: toCount(form.answered),
      acceptedForFollowUp: toCount(form.acceptedForFollowUp),
      caseCodes: form.caseCodes.split(/[,;\s]+/).filter((code) => code !== ''),
    };
    void run(
      () => {
        // The shared schema checks here first; main checks again.
        const parsed = DialogueInput.safeParse(input);
        if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'Hãy kiểm tra lại các ô.');
        return call('dialogues:save', parsed.data);
      },
      dialogue ? 'Đã lưu thay đổi cuộc đối thoại.' : 'Đã ghi cuộc đối thoại.',
    ).then((ok) => {
      if (!ok) return;
      setForm(initial(null));
      onDone();
    });
  };
  const title = dialogue ? 'Sửa cuộc đối thoại' : 'Ghi cuộc đối thoại';
  return (
    <form className="panel rule-form" aria-label={title} onSubmit={submit}>
      <h2>{title}</h2>
      <label className="field">
        Ngày đối thoại
        <input type="date" value={form.heldOn} onChange={(e) => set('heldOn', e.target.value)} />
      </label>
      <label className="field">
        Người chủ trì
        <input value={form.presidedBy} onChange={(e) => set('presidedBy', e.target.value)} />
      </label>
      <label className="field">
        Cấp
        <select value={form.level} onChange={(e) => set('level', e.target.value)}>
          {DIALOGUE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {DIALOGUE_LEVEL_LABELS[level]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Địa điểm
        <input value={form.place} onChange={(e) => set('place', e.target.value)} />
      </label>
      <label className="field field-wide">
        Nội dung hoặc nhóm công dân
        <textarea rows={2} value={form.topic} onChange={(e) => set('topic', e.target.value)} />
      </label>
      {COUNTS.map(([key, label]) => (
        <label key={key} className="field">
          {label}
          <input inputMode="numeric" value={form[key]} onChange={(e) => set(key, e.target.value)} />
        </label>
      ))}
      <label className="field">
        Mã vụ việc liên quan
        <input
          value={form.caseCodes}
          onChange={(e) => set('caseCodes', e.target.value)}
          placeholder="VV-2026-00001, …"
        />
      </label>
      <label className="field field-wide">
        Ghi chú
        <input value={form.note} onChange={(e) => set('note', e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit">{dialogue ? 'Lưu thay đổi' : 'Ghi đối thoại'}</button>
        {dialogue && (
          <button type="button" className="secondary" onClick={onDone}>
            Thôi
          </button>
        )}
      </div>
    </form>
  );
}
