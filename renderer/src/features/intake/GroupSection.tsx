import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { FieldError, TextField } from './Fields';
import type { IdWarning } from './id-checks';
import { emptyPerson, type IntakeValues } from './intake-values';
import { PersonFields } from './PersonFields';

/** A group sends at most 5 representatives (DOMAIN §5); the citizen above is the first. */
export const MAX_OTHER_REPRESENTATIVES = 4;

interface GroupSectionProps {
  threshold: number;
  serverWarnings: IdWarning[];
}

/** Số người; from the group threshold on, the "Đoàn đông người" badge and the other representatives. */
export function GroupSection({ threshold, serverWarnings }: GroupSectionProps) {
  const { control } = useFormContext<IntakeValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'representatives' });
  const headcount = Number(useWatch<IntakeValues, 'headcount'>({ name: 'headcount' }));
  const isGroup = Number.isFinite(headcount) && headcount >= threshold;

  return (
    <fieldset className="section">
      <legend>Số người được tiếp</legend>
      <TextField name="headcount" label="Số người" type="number" inputMode="numeric" min={1} />
      <div className="group-status span-3">
        {isGroup ? (
          <span className="badge">Đoàn đông người</span>
        ) : (
          <span className="muted">Từ {threshold} người trở lên là đoàn đông người.</span>
        )}
      </div>
      {(isGroup || fields.length > 0) && (
        <div className="representatives field-wide" role="group" aria-labelledby="representatives-title">
          <h3 id="representatives-title">Người đại diện</h3>
          <p className="muted">Người đại diện thứ nhất là công dân ở mục trên; ghi thêm tối đa 4 người.</p>
          <FieldError name="representatives" />
          {fields.map((field, index) => {
            const who = `người đại diện ${index + 2}`;
            return (
              <fieldset key={field.id} className="representative">
                <legend>Người đại diện {index + 2}</legend>
                <PersonFields
                  prefix={`representatives.${index}`}
                  who={who}
                  serverWarnings={serverWarnings.filter((w) => w.personPath === `representatives.${index}`)}
                />
                <button type="button" className="small secondary" onClick={() => remove(index)}>
                  Xóa người đại diện {index + 2}
                </button>
              </fieldset>
            );
          })}
          {fields.length < MAX_OTHER_REPRESENTATIVES && (
            <button type="button" className="secondary" onClick={() => append(emptyPerson())}>
              Thêm người đại diện
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}
