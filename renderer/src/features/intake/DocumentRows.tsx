import { useFieldArray, useFormContext } from 'react-hook-form';
import { FieldError, LabelText, SelectField, TextField } from './Fields';
import { emptyDocument, type IntakeValues } from './intake-values';

const COPY_OPTIONS = [
  { value: 'copy', label: 'Bản sao' },
  { value: 'original', label: 'Bản chính' },
];

/** Tài liệu nộp kèm: one row per document (name, pages, original or copy, condition). */
export function DocumentRows() {
  const { control } = useFormContext<IntakeValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'documents' });
  return (
    <div className="documents field-wide" role="group" aria-labelledby="documents-title">
      <h3 id="documents-title">Tài liệu nộp kèm</h3>
      <FieldError name="documents" />
      {fields.length === 0 && <p className="muted">Chưa ghi tài liệu nào.</p>}
      {fields.map((field, index) => {
        const which = `tài liệu ${index + 1}`;
        return (
          <div key={field.id} className="document-row">
            <TextField
              name={`documents.${index}.name`}
              label={<LabelText text="Tên tài liệu" hidden={which} />}
            />
            <TextField
              name={`documents.${index}.pages`}
              label={<LabelText text="Số trang" hidden={which} />}
              type="number"
              inputMode="numeric"
              min={1}
            />
            <SelectField
              name={`documents.${index}.copyKind`}
              label={<LabelText text="Bản chính/bản sao" hidden={which} />}
              options={COPY_OPTIONS}
            />
            <TextField
              name={`documents.${index}.condition`}
              label={<LabelText text="Tình trạng" hidden={which} />}
            />
            <button type="button" className="small secondary" onClick={() => remove(index)}>
              Xóa <span className="sr-only">{which}</span>
            </button>
          </div>
        );
      })}
      <button type="button" className="secondary" onClick={() => append(emptyDocument())}>
        Thêm tài liệu
      </button>
    </div>
  );
}
