import { useEffect, useState, type KeyboardEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { SESSION_KINDS } from '../../../../shared/contract/sessions';
import type { ReceptionKind } from '../../../../shared/domain/classification';
import { formatLocalDate } from '../../../../shared/domain/local-time';
import { ApiError } from '../../api/api';
import { SelectField } from './Fields';
import type { IntakeValues } from './intake-values';
import { useSessions } from './use-sessions';

type SessionKind = (typeof SESSION_KINDS)[number];

interface SessionPickerProps {
  kind: ReceptionKind;
  /** The day of the visit (yyyy-mm-dd). */
  day: string;
}

/** "Kỳ tiếp" for the head's reception: the sessions of that day and kind, or a new one made here. */
export function SessionPicker({ kind, day }: SessionPickerProps) {
  const { getValues, setValue } = useFormContext<IntakeValues>();
  const chosen = useWatch<IntakeValues, 'sessionId'>({ name: 'sessionId' });
  const { sessions, create } = useSessions(day);
  const [presidedBy, setPresidedBy] = useState('');
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const ofKind = sessions.filter((session) => session.kind === kind);
  // The session opened from the schedule (or ad hoc) is the one being held: pick it when none is chosen.
  const openId = ofKind.filter((session) => session.status === 'open').at(-1)?.id;
  useEffect(() => {
    if (openId !== undefined && chosen === '') {
      setValue('sessionId', String(openId), { shouldDirty: false, shouldValidate: false });
    }
  }, [openId, chosen, setValue]);
  const options = ofKind.map((session) => ({
    value: String(session.id),
    label: `${session.presidedBy}${session.title ? ` – ${session.title}` : ''} (${formatLocalDate(session.heldOn)}${session.channel === 'truc_tuyen' ? ', trực tuyến' : ''})`,
  }));

  const createSession = async () => {
    setProblem(null);
    try {
      // A session opened from an online visit is an online session, with the same meeting.
      const channel = getValues('channel');
      const meetingRef = channel === 'truc_tuyen' ? getValues('meetingRef') : '';
      const session = await create({
        kind: kind as SessionKind,
        heldOn: day,
        presidedBy,
        title,
        channel,
        meetingRef,
      });
      setValue('sessionId', String(session.id), { shouldDirty: true, shouldValidate: false });
      setPresidedBy('');
      setTitle('');
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'Chưa tạo được kỳ tiếp; hãy thử lại.');
    }
  };
  // Enter here makes the session, not the visit; Esc still clears the whole form.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.stopPropagation();
    if ((event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      void createSession();
    }
  };

  return (
    <>
      <SelectField
        name="sessionId"
        label="Kỳ tiếp"
        options={options}
        blank={options.length === 0 ? '— Chưa có kỳ tiếp trong ngày —' : '— Chọn kỳ tiếp —'}
        className="span-2"
      />
      <div className="inline-create span-2" onKeyDown={onKeyDown}>
        <label className="field">
          Người chủ trì
          <input
            value={presidedBy}
            onChange={(event) => setPresidedBy(event.target.value)}
            autoComplete="off"
          />
        </label>
        <label className="field">
          Tiêu đề (không bắt buộc)
          <input value={title} onChange={(event) => setTitle(event.target.value)} autoComplete="off" />
        </label>
        <button type="button" className="secondary" onClick={() => void createSession()}>
          Tạo kỳ tiếp
        </button>
        {problem && (
          <span className="field-error" role="alert">
            {problem}
          </span>
        )}
      </div>
    </>
  );
}
