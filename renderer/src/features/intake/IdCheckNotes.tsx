import { get, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { normalizeIdNumber } from '../../../../shared/domain/cccd';
import { checkPersonId, type IdWarning } from './id-checks';
import { useFieldErrorMessage, type IntakePath } from './Fields';
import type { IntakeValues, PersonValues } from './intake-values';

interface IdCheckNotesProps {
  /** `person` or `representatives.N`. */
  prefix: 'person' | `representatives.${number}`;
  /** Warnings main raised for this person that the live check does not know. */
  serverWarnings: IdWarning[];
}

/**
 * The live ID check under "Số giấy tờ": format errors once the number looks complete or the field was
 * left, and each warning with its own "Tôi đã kiểm tra, vẫn lưu" box.
 */
export function IdCheckNotes({ prefix, serverWarnings }: IdCheckNotesProps) {
  const { setValue, trigger } = useFormContext<IntakeValues>();
  const person = useWatch<IntakeValues>({ name: prefix }) as PersonValues;
  const accepted = useWatch<IntakeValues, 'acceptedWarnings'>({ name: 'acceptedWarnings' });
  const idPath = `${prefix}.idNumber` as IntakePath;
  const { touchedFields, isSubmitted } = useFormState<IntakeValues>({ name: idPath });
  const formError = useFieldErrorMessage(idPath);
  const check = checkPersonId(person, prefix);
  const isTouched = get(touchedFields, idPath) === true;
  const isLongEnough = normalizeIdNumber(person.idNumber).length >= 12;
  const errors = formError || !(isTouched || isLongEnough) ? [] : check.errors;
  const warnings = [
    ...check.warnings,
    ...serverWarnings.filter((s) => !check.warnings.some((w) => w.key === s.key)),
  ];
  if (errors.length === 0 && warnings.length === 0) return null;

  const toggle = (key: string, isChecked: boolean) => {
    const others = accepted.filter((k) => k !== key);
    setValue('acceptedWarnings', isChecked ? [...others, key] : others, { shouldDirty: true });
    // After a save attempt, the number's "confirm the warnings" message follows the boxes at once.
    if (isSubmitted) void trigger(idPath);
  };

  return (
    <div className="id-notes field-wide">
      {errors.map((issue) => (
        <p key={issue.code} className="field-error" role="alert">
          {issue.message}
        </p>
      ))}
      {warnings.map((warning, index) => {
        const id = `${prefix}-warning-${index}`.replace(/\./g, '-');
        return (
          <div key={warning.key} className="id-warning" role="group" aria-labelledby={id}>
            <p id={id}>
              <span aria-hidden="true">⚠ </span>
              {warning.message}
            </p>
            <label className="check">
              <input
                type="checkbox"
                checked={accepted.includes(warning.key)}
                onChange={(event) => toggle(warning.key, event.target.checked)}
              />
              Tôi đã kiểm tra, vẫn lưu
            </label>
          </div>
        );
      })}
    </div>
  );
}
