import { useState } from 'react';
import { CLASSIFICATION_LABELS } from '../../../../shared/domain/classification';
import type { VisitView } from '../../../../shared/contract/visits';
import { ApiError } from '../../api/api';
import { IntakeForm } from './IntakeForm';
import { toContractInput, type IntakeValues } from './intake-form-model';
import { useCreateVisit } from './use-create-visit';

export function IntakePage() {
  const { save, isSaving } = useCreateVisit();
  const [saved, setSaved] = useState<VisitView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const onSave = async (values: IntakeValues): Promise<boolean> => {
    setFailure(null);
    try {
      setSaved(await save(toContractInput(values)));
      return true;
    } catch (error) {
      setSaved(null);
      setFailure(error instanceof ApiError ? error.message : 'Chưa lưu được lượt tiếp; hãy thử lại.');
      return false;
    }
  };

  return (
    <section aria-labelledby="intake-title" className="page">
      <h1 id="intake-title">Tiếp nhận công dân</h1>
      {saved && (
        <p role="status" className="notice success">
          Đã lưu lượt tiếp của {saved.fullName} ({CLASSIFICATION_LABELS[saved.classification]}), vụ việc{' '}
          {saved.caseCode}.
        </p>
      )}
      {failure && (
        <p role="alert" className="notice error">
          {failure}
        </p>
      )}
      <IntakeForm onSave={onSave} isSaving={isSaving} />
    </section>
  );
}
