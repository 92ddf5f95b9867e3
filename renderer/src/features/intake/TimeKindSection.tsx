import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { CHANNEL_LABELS, RECEPTION_KIND_LABELS } from '../../../../shared/domain/classification';
import { optionsOf, SelectField, TextAreaField, TextField, useFieldErrorMessage } from './Fields';
import { needsBackEntryReason, nowLocalInput, todayLocal, type IntakeValues } from './intake-values';
import { SessionPicker } from './SessionPicker';

const KIND_OPTIONS = optionsOf(RECEPTION_KIND_LABELS);
const CHANNEL_OPTIONS = optionsOf(CHANNEL_LABELS);
const TICK_MS = 30_000;

/** Thời điểm tiếp (running "now" until changed), back-entry reason, officer, hình thức and kỳ tiếp. */
export function TimeKindSection({ officerName }: { officerName: string | null }) {
  const { getValues, setValue } = useFormContext<IntakeValues>();
  const [receivedAt, isTimeSet, receivedAtOriginal, backEntryReason, receptionKind, channel] =
    useWatch<IntakeValues>({
      name: ['receivedAt', 'isTimeSet', 'receivedAtOriginal', 'backEntryReason', 'receptionKind', 'channel'],
    }) as [string, boolean, string, string, IntakeValues['receptionKind'], IntakeValues['channel']];
  useEffect(() => {
    const timer = setInterval(() => {
      if (!getValues('isTimeSet')) setValue('receivedAt', nowLocalInput());
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [getValues, setValue]);
  // Main asks for a reason from two hours back; its message shows the field even on the same day.
  const reasonError = useFieldErrorMessage('backEntryReason');
  const isBackEntry = needsBackEntryReason({ receivedAt, isTimeSet, receivedAtOriginal }, todayLocal());
  const day = receivedAt.slice(0, 10) || todayLocal();

  return (
    <fieldset className="section">
      <legend>Thời điểm và hình thức tiếp</legend>
      <TextField
        name="receivedAt"
        label="Thời điểm tiếp"
        type="datetime-local"
        className="span-2"
        onChange={() => setValue('isTimeSet', true)}
      />
      <label className="field span-2">
        Cán bộ tiếp
        <input readOnly className="readonly" value={officerName ?? 'Ghi theo người dùng khi lưu'} />
      </label>
      {(isBackEntry || backEntryReason !== '' || reasonError !== undefined) && (
        <TextAreaField
          name="backEntryReason"
          label="Lý do nhập bổ sung"
          className="field-wide"
          required={isBackEntry}
          placeholder="Ví dụ: sổ giấy ghi tay chuyển vào máy; mất điện lúc tiếp"
        />
      )}
      <SelectField
        name="receptionKind"
        label="Hình thức tiếp"
        options={KIND_OPTIONS}
        className="span-2"
        onPicked={() => setValue('sessionId', '')}
      />
      {receptionKind !== 'thuong_xuyen' && <SessionPicker kind={receptionKind} day={day} />}
      <SelectField name="channel" label="Kênh tiếp" options={CHANNEL_OPTIONS} />
      {channel === 'truc_tuyen' && (
        <TextField
          name="meetingRef"
          label="Mã hoặc đường dẫn cuộc họp"
          className="span-2"
          placeholder="Ví dụ: phòng họp trực tuyến, mã cuộc họp"
        />
      )}
    </fieldset>
  );
}
