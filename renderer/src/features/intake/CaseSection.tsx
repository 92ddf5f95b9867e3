import { useWatch } from 'react-hook-form';
import { CLASSIFICATION_LABELS, HANDLING_LABELS } from '../../../../shared/domain/classification';
import { REFUSAL_LABELS } from '../../../../shared/domain/subjects';
import { DocumentRows } from './DocumentRows';
import { optionsOf, SelectField, TextAreaField, TextField } from './Fields';
import type { IntakeValues } from './intake-values';
import { useSubjects } from './use-reference-data';

const CLASSIFICATION_OPTIONS = optionsOf(CLASSIFICATION_LABELS);
const HANDLING_OPTIONS = optionsOf(HANDLING_LABELS);
const REFUSAL_OPTIONS = optionsOf(REFUSAL_LABELS);

/** The matter: classification, subject, content, documents, handling and follow-up (Mẫu 03 columns). */
export function CaseSection() {
  const subjects = useSubjects();
  const handling = useWatch<IntakeValues, 'handling'>({ name: 'handling' });
  return (
    <fieldset className="section">
      <legend>Vụ việc</legend>
      <SelectField
        name="classification"
        label="Phân loại"
        options={CLASSIFICATION_OPTIONS}
        blank="— Chọn phân loại —"
        className="span-2"
      />
      <SelectField
        name="subject"
        label="Lĩnh vực"
        options={subjects.map((subject) => ({ value: subject.code, label: subject.label }))}
        blank="— Chọn lĩnh vực —"
        className="span-2"
      />
      <TextAreaField name="content" label="Nội dung vụ việc" className="field-wide" rows={4} />
      <DocumentRows />
      <TextField name="resolvedByBody" label="Cơ quan đã giải quyết" className="field-wide" />
      <SelectField
        name="handling"
        label="Hướng xử lý"
        options={HANDLING_OPTIONS}
        blank="— Chưa xác định —"
        className="span-2"
      />
      {handling === 'chuyen_don' && (
        <TextField name="forwardedTo" label="Nơi chuyển đơn" className="span-2" />
      )}
      <TextAreaField name="resultTracking" label="Theo dõi kết quả" className="span-2" />
      <TextAreaField name="note" label="Ghi chú" className="span-2" />
      <SelectField
        name="refusalReason"
        label="Từ chối tiếp"
        options={REFUSAL_OPTIONS}
        blank="— Không từ chối —"
        className="field-wide"
      />
    </fieldset>
  );
}
