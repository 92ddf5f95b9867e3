import { useState, type FormEvent } from 'react';
import { call } from '../../api/api';

interface FollowUpDraft {
  task: string;
  assignee: string;
  dueOn: string;
  caseCode: string;
}

const EMPTY: FollowUpDraft = { task: '', assignee: '', dueOn: '', caseCode: '' };

interface CloseSessionFormProps {
  sessionId: number;
  run: (action: () => Promise<unknown>, done: string) => Promise<boolean>;
}

/** Kết thúc kỳ tiếp: the conclusions, and the follow-ups assigned (who, by when, on which case). */
export function CloseSessionForm({ sessionId, run }: CloseSessionFormProps) {
  const [conclusions, setConclusions] = useState('');
  const [followUps, setFollowUps] = useState<FollowUpDraft[]>([]);
  const update = (index: number, patch: Partial<FollowUpDraft>) =>
    setFollowUps((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => call('sessions:close', { sessionId, conclusions, followUps }), 'Đã kết thúc kỳ tiếp.');
  };
  return (
    <form className="panel" aria-label="Kết thúc kỳ tiếp" onSubmit={submit}>
      <h2>Kết thúc kỳ tiếp</h2>
      <label className="field field-wide">
        Kết luận
        <textarea rows={4} value={conclusions} onChange={(e) => setConclusions(e.target.value)} />
      </label>
      {followUps.map((row, index) => (
        <fieldset key={index} className="follow-up-row">
          <legend>Việc giao {index + 1}</legend>
          <label className="field">
            Việc cần làm
            <input value={row.task} onChange={(e) => update(index, { task: e.target.value })} />
          </label>
          <label className="field">
            Người thực hiện
            <input value={row.assignee} onChange={(e) => update(index, { assignee: e.target.value })} />
          </label>
          <label className="field">
            Hạn
            <input type="date" value={row.dueOn} onChange={(e) => update(index, { dueOn: e.target.value })} />
          </label>
          <label className="field">
            Mã vụ việc (nếu có)
            <input value={row.caseCode} onChange={(e) => update(index, { caseCode: e.target.value })} />
          </label>
          <button
            type="button"
            className="secondary"
            onClick={() => setFollowUps((rows) => rows.filter((_, i) => i !== index))}
          >
            Bỏ việc này
          </button>
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={() => setFollowUps((rows) => [...rows, EMPTY])}>
          Thêm việc giao
        </button>
        <button type="submit">Kết thúc kỳ tiếp</button>
      </div>
    </form>
  );
}
