import { useEffect, useState, type KeyboardEvent } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { CLASSIFICATIONS, CLASSIFICATION_LABELS } from '../../../../shared/domain/classification';
import { EMPTY_INTAKE, validateIntake, type IntakeValues } from './intake-form-model';

export interface IntakeFormProps {
  /** Saves the values; resolves true when saved (the form then clears), false to keep what was typed. */
  onSave: (values: IntakeValues) => Promise<boolean>;
  isSaving: boolean;
}

const resolver: Resolver<IntakeValues> = (values) => {
  const errors = validateIntake(values);
  return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
};

/**
 * The intake form, keyboard-first: focus starts in "Họ và tên", Tab walks the fields, Enter saves
 * (Shift+Enter adds a line in the content), Esc clears the form.
 */
export function IntakeForm({ onSave, isSaving }: IntakeFormProps) {
  const form = useForm<IntakeValues>({ defaultValues: EMPTY_INTAKE, resolver, shouldFocusError: true });
  const { errors } = form.formState;
  // reset() unregisters the fields until the next render, so focus moves back after it.
  const [clearedCount, setClearedCount] = useState(0);
  useEffect(() => form.setFocus('fullName'), [clearedCount, form]);
  const clear = () => {
    form.reset(EMPTY_INTAKE);
    setClearedCount((count) => count + 1);
  };

  const submit = form.handleSubmit(async (values) => {
    if (await onSave(values)) clear();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && !event.shiftKey && target.tagName !== 'BUTTON') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      clear();
    }
  };

  const describedBy = (field: keyof IntakeValues) => (errors[field] ? `${field}-error` : undefined);
  const fieldError = (field: keyof IntakeValues) =>
    errors[field] ? (
      <span id={`${field}-error`} className="field-error" role="alert">
        {errors[field]?.message}
      </span>
    ) : null;

  return (
    <form
      aria-label="Phiếu tiếp nhận"
      className="intake-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKeyDown}
      noValidate
    >
      <label className="field">
        <span>Họ và tên</span>
        <input
          {...form.register('fullName')}
          autoComplete="off"
          aria-invalid={errors.fullName ? true : undefined}
          aria-describedby={describedBy('fullName')}
        />
        {fieldError('fullName')}
      </label>
      <label className="field">
        <span>Số giấy tờ (CCCD, CMND, hộ chiếu)</span>
        <input
          {...form.register('idNumber')}
          autoComplete="off"
          inputMode="text"
          aria-invalid={errors.idNumber ? true : undefined}
          aria-describedby={describedBy('idNumber')}
        />
        {fieldError('idNumber')}
      </label>
      <label className="field field-wide">
        <span>Địa chỉ</span>
        <input {...form.register('address')} autoComplete="off" aria-describedby={describedBy('address')} />
        {fieldError('address')}
      </label>
      <label className="field">
        <span>Phân loại</span>
        <select
          {...form.register('classification')}
          aria-invalid={errors.classification ? true : undefined}
          aria-describedby={describedBy('classification')}
        >
          <option value="">— Chọn phân loại —</option>
          {CLASSIFICATIONS.map((code) => (
            <option key={code} value={code}>
              {CLASSIFICATION_LABELS[code]}
            </option>
          ))}
        </select>
        {fieldError('classification')}
      </label>
      <label className="field field-wide">
        <span>Nội dung vụ việc</span>
        <textarea
          {...form.register('content')}
          rows={5}
          aria-invalid={errors.content ? true : undefined}
          aria-describedby={describedBy('content')}
        />
        {fieldError('content')}
      </label>
      <div className="form-actions">
        <button type="submit" disabled={isSaving}>
          {isSaving ? 'Đang lưu…' : 'Lưu (Enter)'}
        </button>
        <button type="button" className="secondary" onClick={clear}>
          Làm lại (Esc)
        </button>
      </div>
    </form>
  );
}
