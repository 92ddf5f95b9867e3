import { useState, type FormEvent } from 'react';
import { toLocalDate } from '../../../../shared/domain/local-time';
import { usePetitionAction } from './use-petitions';

/** Văn bản trả lời from the body the petition was forwarded to. */
export function ReplyForm({ petitionId, onSaved }: { petitionId: number; onSaved: () => void }) {
  const action = usePetitionAction('petitions:add-reply');
  const [receivedOn, setReceivedOn] = useState(toLocalDate(new Date()));
  const [fromBody, setFromBody] = useState('');
  const [reference, setReference] = useState('');
  const [summary, setSummary] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await action.run({ id: petitionId, receivedOn, fromBody, reference, summary });
    if (!saved) return;
    setFromBody('');
    setReference('');
    setSummary('');
    onSaved();
  };
  const error = (path: string) =>
    action.fieldErrors[path] ? <span className="field-error">{action.fieldErrors[path]}</span> : null;
  return (
    <form aria-label="Ghi văn bản trả lời" className="petition-form" onSubmit={(event) => void submit(event)}>
      <div className="form-grid">
        <label className="field">
          <span>Ngày nhận văn bản</span>
          <input type="date" value={receivedOn} onChange={(event) => setReceivedOn(event.target.value)} />
          {error('receivedOn')}
        </label>
        <label className="field">
          <span>Cơ quan trả lời</span>
          <input value={fromBody} onChange={(event) => setFromBody(event.target.value)} />
          {error('fromBody')}
        </label>
        <label className="field">
          <span>Số, ký hiệu văn bản</span>
          <input value={reference} onChange={(event) => setReference(event.target.value)} />
        </label>
        <label className="field field-wide">
          <span>Nội dung trả lời</span>
          <input value={summary} onChange={(event) => setSummary(event.target.value)} />
          {error('summary')}
        </label>
      </div>
      {action.error && (
        <p role="alert" className="notice error">
          {action.error}
        </p>
      )}
      <button type="submit" disabled={action.isBusy}>
        Ghi văn bản trả lời
      </button>
    </form>
  );
}
