import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { get, useController, useFormContext, useFormState, type Path } from 'react-hook-form';
import type { IntakeValues } from './intake-values';

export type IntakePath = Path<IntakeValues>;

export function errorId(name: string): string {
  return `${name.replace(/\./g, '-')}-error`;
}

/** The error of one field, if any, read from the form state. */
export function useFieldErrorMessage(name: IntakePath): string | undefined {
  const { errors } = useFormState<IntakeValues>({ name });
  return (get(errors, name) as { message?: string } | undefined)?.message;
}

/** aria-invalid and aria-describedby for a field, pointing at its error message. */
export function useFieldAria(name: IntakePath) {
  const message = useFieldErrorMessage(name);
  return {
    'aria-invalid': message ? true : undefined,
    'aria-describedby': message ? errorId(name) : undefined,
  } as const;
}

export function FieldError({ name }: { name: IntakePath }) {
  const message = useFieldErrorMessage(name);
  return message ? (
    <span id={errorId(name)} className="field-error" role="alert">
      {message}
    </span>
  ) : null;
}

/** A label text with a part only screen readers hear (to tell repeated fields apart). */
export function LabelText({ text, hidden }: { text: string; hidden?: string | undefined }) {
  return (
    <span>
      {text}
      {hidden && ' '}
      {hidden && <span className="sr-only">({hidden})</span>}
    </span>
  );
}

interface FieldProps {
  name: IntakePath;
  label: ReactNode;
  className?: string;
}

/** A text-like input, uncontrolled so Vietnamese input methods compose undisturbed. */
export function TextField({
  name,
  label,
  className,
  onBlur,
  onChange,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  const { register } = useFormContext<IntakeValues>();
  const aria = useFieldAria(name);
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} autoComplete="off" {...input} {...register(name, { onBlur, onChange })} {...aria} />
      <FieldError name={name} />
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  className,
  rows = 2,
  ...textarea
}: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  const { register } = useFormContext<IntakeValues>();
  const aria = useFieldAria(name);
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} {...textarea} {...register(name)} {...aria} />
      <FieldError name={name} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

/**
 * A select kept in step with the form's value, so a value set before its options arrive (a loaded
 * visit, a picked address) shows once they do.
 */
export function SelectField({
  name,
  label,
  className,
  options,
  blank,
  onPicked,
}: FieldProps & { options: Option[]; blank?: string; onPicked?: (value: string) => void }) {
  const {
    field: { value, onChange, onBlur, ref: selectRef },
  } = useController<IntakeValues>({ name });
  const aria = useFieldAria(name);
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        ref={selectRef}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => {
          onChange(event.target.value);
          onPicked?.(event.target.value);
        }}
        onBlur={onBlur}
        {...aria}
      >
        {blank !== undefined && <option value="">{blank}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={name} />
    </div>
  );
}

/** Options from a code → label record, in the record's order. */
export function optionsOf(labels: Record<string, string>): Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
