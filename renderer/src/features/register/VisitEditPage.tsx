import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { VisitDetail } from '../../../../shared/contract/visits';
import { formatLocalDateTime } from '../../../../shared/domain/local-time';
import { useCall } from '../../api/use-call';
import { IntakeForm } from '../intake/IntakeForm';
import { submitOutcome } from '../intake/submit-outcome';
import { useSaveVisit } from '../intake/use-save-visit';
import { linkedCaseOf, visitToValues } from '../intake/visit-to-values';
import { RevealIdentity } from './RevealIdentity';
import { VisitDocuments } from './VisitDocuments';
import { VisitHistory } from './VisitHistory';

/** One visit of the register opened for editing in the intake form, saved with `visits:update`. */
export function VisitEditPage() {
  const id = Number(useParams().id);
  const isValidId = Number.isInteger(id) && id > 0;
  const { data: visit, error } = useCall('visits:get', isValidId ? { id } : null);
  return (
    <section aria-labelledby="visit-title" className="page">
      <p>
        <Link to="/so-tiep-cong-dan">← Sổ tiếp công dân</Link>
      </p>
      <h1 id="visit-title">Sửa lượt tiếp công dân</h1>
      {!isValidId && <p className="notice error">Đường dẫn không chỉ tới lượt tiếp nào.</p>}
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {isValidId && !visit && !error && <p className="muted">Đang tải…</p>}
      {visit && <VisitEditor key={visit.id} visit={visit} />}
    </section>
  );
}

function VisitEditor({ visit }: { visit: VisitDetail }) {
  const { save, isSaving } = useSaveVisit(visit.id);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const initialValues = useMemo(() => visitToValues(visit), [visit]);
  const [officerName, setOfficerName] = useState(visit.officerName);
  const [savedCount, setSavedCount] = useState(0);

  const onSubmit = (input: unknown) =>
    submitOutcome(
      () => save(input),
      (updated) => {
        setSaved('Đã lưu thay đổi.');
        setFailure(null);
        setSavedCount((count) => count + 1);
        setOfficerName(updated.officerName);
      },
      (message) => {
        setSaved(null);
        setFailure(message);
      },
    );

  return (
    <>
      <p className="muted">
        Lượt tiếp lúc {formatLocalDateTime(visit.receivedAt)} · vụ việc{' '}
        <Link to={`/vu-viec/${visit.caseId}`}>{visit.caseCode}</Link> ·{' '}
        {visit.isFirstReception ? 'tiếp lần đầu' : 'tiếp nhiều lần'}
      </p>
      {saved && (
        <p role="status" className="notice success">
          {saved}
        </p>
      )}
      {failure && (
        <p role="alert" className="notice error">
          {failure}
        </p>
      )}
      <VisitDocuments visit={visit} />
      {visit.isIdentityMasked && <RevealIdentity visitId={visit.id} />}
      <IntakeForm
        mode="edit"
        initialValues={initialValues}
        initialCase={linkedCaseOf(visit)}
        officerName={officerName}
        isSaving={isSaving}
        onSubmit={onSubmit}
      />
      <VisitHistory visitId={visit.id} version={savedCount} />
    </>
  );
}
