import type { FieldErrors } from './use-petitions';

export interface SenderValues {
  fullName: string;
  idNumber: string;
  phone: string;
  address: string;
}

export const EMPTY_SENDER: SenderValues = { fullName: '', idNumber: '', phone: '', address: '' };

function FieldError({ message }: { message: string | undefined }) {
  return message ? <span className="field-error">{message}</span> : null;
}

/** One sender (người đứng đơn): name, ID number, phone, address; errors from main beside each field. */
export function SenderFields({
  index,
  value,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  value: SenderValues;
  errors: FieldErrors;
  onChange: (value: SenderValues) => void;
  onRemove: (() => void) | null;
}) {
  const path = (field: string) => `senders.${index}.${field}`;
  const input = (field: keyof SenderValues, label: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        value={value[field]}
        aria-invalid={errors[path(field)] ? true : undefined}
        onChange={(event) => onChange({ ...value, [field]: event.target.value })}
        autoComplete="off"
      />
      <FieldError message={errors[path(field)]} />
    </label>
  );
  return (
    <fieldset>
      <legend>Người đứng đơn {index + 1}</legend>
      <div className="form-grid">
        {input('fullName', 'Họ và tên')}
        {input('idNumber', 'Số giấy tờ')}
        {input('phone', 'Số điện thoại')}
        {input('address', 'Địa chỉ')}
        {onRemove && (
          <button type="button" className="secondary" onClick={onRemove}>
            Bỏ người này
          </button>
        )}
      </div>
    </fieldset>
  );
}
